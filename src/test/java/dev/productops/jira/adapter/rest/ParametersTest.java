package dev.productops.jira.adapter.rest;

import org.junit.Test;

import javax.ws.rs.core.Response;
import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Fuzzing found `to=-999999999-01-01` answering 500: the default period's week arithmetic left LocalDate's range. */
public class ParametersTest {
    @Test
    public void aDateOutsideTheCalendarYearsIsABadRequestNamingTheParameter() {
        for (String far : new String[]{"-999999999-01-01", "+999999999-12-31", "0000-01-01", "+10000-01-01"}) {
            RestProblem refused = assertThrows(far, RestProblem.class, () -> Parameters.day("to", far));
            assertEquals(Response.Status.BAD_REQUEST, refused.status());
            assertTrue(refused.getMessage(), refused.getMessage().contains("'to'"));
        }
    }

    @Test
    public void theFirstAndLastDayOfTheCalendarYearsAreAccepted() {
        assertEquals(LocalDate.of(9999, 12, 31), Parameters.day("to", "9999-12-31"));
        assertEquals(LocalDate.of(1, 1, 1), Parameters.day("from", "0001-01-01"));
    }
}

package dev.productops.jira.application.metrics;

import dev.productops.jira.application.problem.InvalidQuery;
import org.junit.Test;

import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Fuzzing found `to=-999999999-01-01` answering 500: the default period's week arithmetic left LocalDate's range. */
public class MetricQueryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    public void aDateAtTheEdgeOfLocalDatesRangeIsABadQueryNotAServerError() {
        for (String far : new String[]{"-999999999-01-01", "+999999999-12-31", "0000-01-01", "+10000-01-01"}) {
            InvalidQuery refused = assertThrows(far, InvalidQuery.class,
                    () -> MetricQuery.parse(Metric.INSIGHT_INTAKE, null, null, far, null, null, null, TODAY));
            assertTrue(refused.getMessage(), refused.getMessage().contains("'to'"));
        }
    }

    @Test
    public void theFirstAndLastDayOfTheCalendarRangeAreStillAccepted() {
        assertEquals(LocalDate.of(9999, 12, 31),
                MetricQuery.parse(Metric.INSIGHT_INTAKE, null, "9999-12-01", "9999-12-31", null, null, null, TODAY).period().to());
        assertEquals(LocalDate.of(1, 1, 1),
                MetricQuery.parse(Metric.INSIGHT_INTAKE, null, "0001-01-01", "0001-01-31", null, null, null, TODAY).period().from());
    }
}

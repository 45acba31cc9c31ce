package dev.productops.jira.domain.metrics;

import dev.productops.jira.domain.metrics.InsightIntake.DayCount;
import dev.productops.jira.domain.metrics.InsightIntake.Tally;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

/** Intake per week of the period, by source and by segment; each expectation added up by hand from the rows. */
public class InsightIntakeTest {
    /** Monday 2 November to Sunday 15 November 2026: two whole weeks. */
    private static final ReportingPeriod TWO_WEEKS = new ReportingPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 15));
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate SECOND_MONDAY = LocalDate.of(2026, 11, 9);

    @Test
    public void rowsAreAddedUpPerWeekAndOverThePeriodByTheirSourceAndSegment() {
        InsightIntake intake = InsightIntake.of(TWO_WEEKS, List.of(
                new DayCount(LocalDate.of(2026, 11, 2), "interview", "Enterprise", 2),
                new DayCount(LocalDate.of(2026, 11, 8), "survey", null, 3),
                new DayCount(LocalDate.of(2026, 11, 9), "interview", "SMB", 4),
                new DayCount(LocalDate.of(2026, 11, 15), "interview", "Enterprise", 1),
                new DayCount(LocalDate.of(2026, 11, 1), "interview", "Enterprise", 100),
                new DayCount(LocalDate.of(2026, 11, 16), "survey", "SMB", 100)));

        assertEquals(List.of(FIRST_MONDAY, SECOND_MONDAY), List.copyOf(intake.byWeek().keySet()));
        assertEquals(new Tally(5, Map.of("interview", 2, "survey", 3), Map.of("Enterprise", 2, "", 3)),
                intake.byWeek().get(FIRST_MONDAY));
        assertEquals(new Tally(5, Map.of("interview", 5), Map.of("SMB", 4, "Enterprise", 1)), intake.byWeek().get(SECOND_MONDAY));
        assertEquals("the days before and after the period count nowhere",
                new Tally(10, Map.of("interview", 7, "survey", 3), Map.of("Enterprise", 3, "SMB", 4, "", 3)), intake.total());
    }

    @Test
    public void aWeekWithoutInsightsIsThereWithNothingInIt() {
        InsightIntake intake = InsightIntake.of(TWO_WEEKS, List.of(new DayCount(LocalDate.of(2026, 11, 10), "review", "SMB", 1)));
        assertEquals(new Tally(0, Map.of(), Map.of()), intake.byWeek().get(FIRST_MONDAY));
        assertEquals(1, intake.total().total());
    }
}

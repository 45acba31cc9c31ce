package dev.productops.jira.domain.metrics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much customer evidence flows in: insights captured per week, by source type and by customer segment.
 * The day an insight counts on is the day it was captured from the customer, or the day it was recorded when
 * nobody said. Insights without a customer, or whose customer has no segment, count under segment "".
 */
public final class InsightIntake {
    /** How many insights of one source and segment were captured on a day (a row of a GROUP BY). */
    public record DayCount(LocalDate day, String source, String segment, int insights) {
    }

    /** One week's (or the period's) intake. */
    public record Tally(int total, Map<String, Integer> bySource, Map<String, Integer> bySegment) {
        static Tally empty() {
            return new Tally(0, new TreeMap<>(), new TreeMap<>());
        }

        Tally plus(DayCount count) {
            bySource.merge(count.source(), count.insights(), Integer::sum);
            bySegment.merge(count.segment() == null ? "" : count.segment(), count.insights(), Integer::sum);
            return new Tally(total + count.insights(), bySource, bySegment);
        }
    }

    private final Map<LocalDate, Tally> byWeek;
    private final Tally total;

    private InsightIntake(Map<LocalDate, Tally> byWeek, Tally total) {
        this.byWeek = byWeek;
        this.total = total;
    }

    public static InsightIntake of(ReportingPeriod period, Collection<DayCount> counts) {
        Map<LocalDate, Tally> byWeek = new LinkedHashMap<>();
        period.weeks().forEach(week -> byWeek.put(week, Tally.empty()));
        Tally total = Tally.empty();
        for (DayCount count : counts) {
            if (period.contains(count.day())) {
                byWeek.computeIfPresent(ReportingPeriod.weekOf(count.day()), (week, tally) -> tally.plus(count));
                total = total.plus(count);
            }
        }
        return new InsightIntake(byWeek, total);
    }

    public Map<LocalDate, Tally> byWeek() {
        return byWeek;
    }

    public Tally total() {
        return total;
    }
}

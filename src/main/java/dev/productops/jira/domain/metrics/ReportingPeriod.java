package dev.productops.jira.domain.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a metric covers, both ends included, cut into weeks that start on Monday (ISO weeks, as Jira's
 * own charts do). The first and last week may be partial; they are labelled by their Monday all the same.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {
    /** Two years of weeks: more would make a chart no dashboard column can show. */
    public static final int MAX_DAYS = 731;

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts.");
        }
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The Monday of the week the day falls in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Every week the period touches, oldest first, by its Monday. */
    public List<LocalDate> weeks() {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = weekOf(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }
}

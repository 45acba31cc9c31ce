package dev.productops.jira.application.metrics;

import dev.productops.jira.application.problem.InvalidQuery;
import dev.productops.jira.domain.metrics.ReportingPeriod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a metric covers, as asked. Either end may be left open: the end is then the viewer's today, and the start
 * the Monday {@code weeks} whole weeks back (this week counts as one), so "the last 12 weeks" is 12 bars whoever asks
 * and wherever they are.
 */
public record RequestedPeriod(LocalDate from, LocalDate to, int weeks) {
    public static final int DEFAULT_WEEKS = 12;
    /** Two years of weeks, the history the daily snapshots keep. */
    public static final int MAX_WEEKS = 104;

    public RequestedPeriod {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new InvalidQuery(InvalidQuery.Part.WEEKS, "A period is from 1 to " + MAX_WEEKS + " weeks, not " + weeks + ".");
        }
        if (from != null && to != null) {
            check(from, to);
        }
    }

    public static RequestedPeriod lastWeeks(int weeks) {
        return new RequestedPeriod(null, null, weeks);
    }

    /** The period, with open ends filled in from the viewer's today. */
    ReportingPeriod on(LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? ReportingPeriod.weekOf(end).minusWeeks(weeks - 1L) : from;
        check(start, end);
        return new ReportingPeriod(start, end);
    }

    private static void check(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidQuery(InvalidQuery.Part.PERIOD, "The period must not end before it starts.");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > ReportingPeriod.MAX_DAYS) {
            throw new InvalidQuery(InvalidQuery.Part.PERIOD_START, "A period is at most " + ReportingPeriod.MAX_DAYS
                    + " days (two years); choose a later start.");
        }
    }
}

package dev.productops.standin.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The three two-week iterations every team has around "today": all teams share one calendar, as
 * organisations that plan together usually do, which keeps cross-team dates comparable.
 */
enum SprintSlot {
    PREVIOUS(-1), CURRENT(0), NEXT(1);

    private static final int LENGTH_DAYS = 14;
    /** Iterations are counted from this Monday, so a given day always falls in the same iteration. */
    private static final LocalDate FIRST_ITERATION = LocalDate.of(2020, 1, 6);

    private final int offset;

    SprintSlot(int offset) {
        this.offset = offset;
    }

    LocalDate start(LocalDate today) {
        long daysIn = Math.floorMod(ChronoUnit.DAYS.between(FIRST_ITERATION, today), LENGTH_DAYS);
        return today.minusDays(daysIn).plusDays((long) offset * LENGTH_DAYS);
    }

    LocalDate release(LocalDate today) {
        return start(today).plusDays(LENGTH_DAYS - 1);
    }

    boolean released() {
        return this == PREVIOUS;
    }

    /** Names like "PAY Sprint 22": the iteration's number within the year it starts in. */
    String versionName(String projectKey, LocalDate today) {
        LocalDate start = start(today);
        LocalDate firstOfYear = start.with(TemporalAdjusters.firstDayOfYear())
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long number = Math.max(0, ChronoUnit.DAYS.between(firstOfYear, start)) / LENGTH_DAYS + 1;
        return projectKey + " Sprint " + number;
    }
}

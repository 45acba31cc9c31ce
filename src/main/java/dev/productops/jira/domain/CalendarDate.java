package dev.productops.jira.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A day as people type it, {@code yyyy-MM-dd}, within the years every supported database and Java's
 * {@code java.sql.Date} store unchanged: from 1583 (before the Gregorian reform of October 1582,
 * {@code java.sql.Date} shifts days by the Julian calendar: 1582-10-10 came back as 1582-10-20, year 0 as year 1)
 * to 9999 (a five-digit year failed on every database with a 500; MySQL's DATE ends at 9999 too).
 */
public record CalendarDate(LocalDate value) {
    public static final LocalDate FIRST = LocalDate.of(1583, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** @throws IllegalArgumentException with a message for the user */
    public static CalendarDate parse(String text) {
        String day = text.strip();
        LocalDate date;
        try {
            date = day.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(day, FORMAT) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new IllegalArgumentException("Must be a date like 2026-11-26.");
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new IllegalArgumentException("Must be between " + FIRST + " and " + LAST + ".");
        }
        return new CalendarDate(date);
    }
}

package dev.productops.standin.jira;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Jira REST v2's timestamp format, e.g. "2014-07-09T18:04:15.000+0000" (not ISO-8601: no colon in the offset). */
public final class JiraTimestamp {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);

    private JiraTimestamp() {
    }

    /** Formats in UTC, so the offset is always "+0000". */
    public static String format(Instant instant) {
        return FORMAT.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Parses Jira's format, and ISO-8601 too because hand-edited test data tends to use it. */
    public static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text, FORMAT).toInstant();
        } catch (DateTimeParseException notJiraFormat) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }
}

package dev.productops.jira.application.query;

import dev.productops.jira.application.problem.InvalidQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The query parameters the board and the metrics share, read the same way: a bad one is a 400 that says why. */
public final class QueryParameters {
    /** More teams than this on one board or metric is no longer one planning conversation. */
    public static final int MAX_PROJECTS = 20;

    private QueryParameters() {
    }

    /** "pay, CHK,pay" → [PAY, CHK]: trimmed, upper-case, each once, in the order given; at most {@link #MAX_PROJECTS}. */
    public static List<String> projectKeys(String projects) {
        Set<String> keys = new LinkedHashSet<>();
        if (projects != null) {
            Arrays.stream(projects.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                    .map(k -> k.toUpperCase(Locale.ROOT)).forEach(keys::add);
        }
        if (keys.size() > MAX_PROJECTS) {
            throw new InvalidQuery("At most " + MAX_PROJECTS + " projects at once (" + keys.size() + " given).");
        }
        return List.copyOf(keys);
    }

    /** A day like 2026-11-26, or null when the parameter is absent. */
    public static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQuery("The '" + name + "' parameter must be a date like 2026-11-26, not '" + value + "'.");
        }
        // LocalDate reaches year ±999,999,999, where week arithmetic overflows into a 500 (found by fuzzing).
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new InvalidQuery("The '" + name + "' parameter must be a date between 0001-01-01 and 9999-12-31, not '" + value + "'.");
        }
        return day;
    }
}

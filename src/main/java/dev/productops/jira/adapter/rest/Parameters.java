package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.ChosenProjects;
import dev.productops.jira.application.problem.InvalidQuery;
import dev.productops.jira.domain.ProjectKey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Query and path parameters, parsed here so a bad one is a clear 400 rather than the container's 404. */
final class Parameters {
    private Parameters() {
    }

    /** "pay, CHK,pay" → [PAY, CHK]: each once, in the order given. */
    static ChosenProjects projects(String projects) {
        List<ProjectKey> keys = projects == null ? List.of() : Arrays.stream(projects.split(","))
                .filter(k -> !k.isBlank()).map(ProjectKey::new).toList();
        return new ChosenProjects(keys);
    }

    /** A day like 2026-11-26, or null when the parameter is absent. */
    static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RestProblem.badRequest("The '" + name + "' parameter must be a date like 2026-11-26, not '" + value + "'.");
        }
        // LocalDate reaches year ±999,999,999, where week arithmetic overflows into a 500 (found by fuzzing).
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw RestProblem.badRequest("The '" + name + "' parameter must be a date between 0001-01-01 and 9999-12-31, not '" + value + "'.");
        }
        return day;
    }

    static double number(String name, String value, double otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            double number = Double.parseDouble(value.strip());
            if (!Double.isNaN(number) && !Double.isInfinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value
        }
        throw RestProblem.badRequest("The '" + name + "' parameter must be a number, not '" + value + "'.");
    }

    static int whole(String name, String value, int otherwise) {
        return value == null || value.isBlank() ? otherwise : parse(name, value);
    }

    /** The query parameters that carry a part of a board or metric question. */
    static List<String> namesOf(InvalidQuery.Part part) {
        return switch (part) {
            case PROJECTS -> List.of("projects");
            case PERIOD_START -> List.of("from");
            case PERIOD_END -> List.of("to");
            case PERIOD -> List.of("from", "to");
            case WEEKS -> List.of("weeks");
            case THRESHOLD -> List.of("threshold");
            case MAX_RESULTS -> List.of("maxResults");
        };
    }

    static int id(String value) {
        try {
            int id = Integer.parseInt(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new dev.productops.jira.application.problem.NotFound("No such id: " + value);
    }

    static Integer optionalInt(String name, String value) {
        return value == null || value.isBlank() ? null : parse(name, value);
    }

    static int nonNegative(String name, String value) {
        int parsed = parse(name, value);
        if (parsed < 0) {
            throw RestProblem.badRequest("The '" + name + "' parameter must not be negative.");
        }
        return parsed;
    }

    static int positive(String name, String value) {
        int parsed = parse(name, value);
        if (parsed < 1) {
            throw RestProblem.badRequest("The '" + name + "' parameter must be at least 1.");
        }
        return parsed;
    }

    private static int parse(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw RestProblem.badRequest("The '" + name + "' parameter must be a number, not '" + value + "'.");
        }
    }
}

package dev.productops.jira.adapter.rest;

/** Query and path parameters, parsed here so a bad one is a clear 400 rather than the container's 404. */
final class Parameters {
    private Parameters() {
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

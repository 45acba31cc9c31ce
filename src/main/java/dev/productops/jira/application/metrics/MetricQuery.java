package dev.productops.jira.application.metrics;

import dev.productops.jira.application.problem.InvalidQuery;
import dev.productops.jira.application.query.QueryParameters;
import dev.productops.jira.domain.metrics.ReportingPeriod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What a caller asked for, checked: every bad parameter is a 400 that says what would be right. */
record MetricQuery(Metric metric, List<String> projectKeys, ReportingPeriod period, double threshold, int maxResults) {
    static final int DEFAULT_WEEKS = 12;
    static final double DEFAULT_THRESHOLD = 3.0;
    static final int DEFAULT_MAX_RESULTS = 10;
    static final int MAX_RESULTS = 50;

    static MetricQuery parse(Metric metric, String projects, String from, String to, String interval, String threshold,
                             String maxResults, LocalDate today) {
        if (interval != null && !interval.isBlank() && !interval.strip().equals("week")) {
            throw new InvalidQuery("The 'interval' parameter must be week (the only interval there is), not '" + interval + "'.");
        }
        LocalDate toDay = day("to", to, today);
        // Twelve whole weeks by default: the current one and the eleven before it, from a Monday.
        LocalDate fromDay = day("from", from, ReportingPeriod.weekOf(toDay).minusWeeks(DEFAULT_WEEKS - 1));
        if (toDay.isBefore(fromDay)) {
            throw new InvalidQuery("The 'to' date must not be before the 'from' date.");
        }
        if (ChronoUnit.DAYS.between(fromDay, toDay) + 1 > ReportingPeriod.MAX_DAYS) {
            throw new InvalidQuery("A period is at most " + ReportingPeriod.MAX_DAYS + " days (two years); choose a later 'from'.");
        }
        List<String> keys = QueryParameters.projectKeys(projects);
        if (keys.isEmpty() && metric.needsProjects()) {
            throw new InvalidQuery("Choose at least one project: projects=KEY,KEY.");
        }
        return new MetricQuery(metric, keys, new ReportingPeriod(fromDay, toDay),
                number("threshold", threshold, DEFAULT_THRESHOLD, 0, 100),
                (int) number("maxResults", maxResults, DEFAULT_MAX_RESULTS, 1, MAX_RESULTS));
    }

    private static LocalDate day(String name, String value, LocalDate otherwise) {
        LocalDate day = QueryParameters.day(name, value);
        return day == null ? otherwise : day;
    }

    private static double number(String name, String value, double otherwise, double min, double max) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            number = Double.NaN;
        }
        if (Double.isNaN(number) || number < min || number > max || (name.equals("maxResults") && number != Math.rint(number))) {
            throw new InvalidQuery("The '" + name + "' parameter must be a number from " + fmt(min) + " to " + fmt(max)
                    + ", not '" + value + "'.");
        }
        return number;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}

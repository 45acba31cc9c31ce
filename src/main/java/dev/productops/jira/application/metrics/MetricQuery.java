package dev.productops.jira.application.metrics;

import dev.productops.jira.application.ChosenProjects;
import dev.productops.jira.application.problem.InvalidQuery;

/** A metric as someone asked for it, checked: what cannot be answered is refused before anything is read. */
public record MetricQuery(Metric metric, ChosenProjects projects, RequestedPeriod period, double threshold, int maxResults) {
    public static final double DEFAULT_THRESHOLD = 3.0;
    public static final double MAX_THRESHOLD = 100;
    public static final int DEFAULT_MAX_RESULTS = 10;
    public static final int MAX_RESULTS = 50;

    public MetricQuery {
        if (metric.needsProjects()) {
            projects.requireSome();
        }
        if (Double.isNaN(threshold) || threshold < 0 || threshold > MAX_THRESHOLD) {
            throw new InvalidQuery(InvalidQuery.Part.THRESHOLD, "The evidence threshold is a score from 0 to 100.");
        }
        if (maxResults < 1 || maxResults > MAX_RESULTS) {
            throw new InvalidQuery(InvalidQuery.Part.MAX_RESULTS, "From 1 to " + MAX_RESULTS + " issues can be ranked.");
        }
    }

    /** The gadget's question: the default period, threshold and list length. */
    public static MetricQuery of(Metric metric, ChosenProjects projects) {
        return new MetricQuery(metric, projects, RequestedPeriod.lastWeeks(RequestedPeriod.DEFAULT_WEEKS), DEFAULT_THRESHOLD,
                DEFAULT_MAX_RESULTS);
    }
}

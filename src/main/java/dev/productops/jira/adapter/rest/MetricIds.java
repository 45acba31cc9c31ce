package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.metrics.Metric;

import java.util.Arrays;
import java.util.Optional;

/** The metrics' names in URLs (public API: docs/openapi.yaml). */
final class MetricIds {
    private MetricIds() {
    }

    static String id(Metric metric) {
        return metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Optional<Metric> of(String id) {
        return Arrays.stream(Metric.values()).filter(m -> id(m).equals(id)).findFirst();
    }
}

package dev.productops.jira.application.metrics;

import java.util.Arrays;
import java.util.Optional;

/** The metrics there are, by their id in the API. */
public enum Metric {
    EVIDENCE_COVERAGE("evidence-coverage", true),
    INSIGHT_INTAKE("insight-intake", false),
    DEPENDENCY_HEALTH("dependency-health", true),
    TOP_EVIDENCE("top-evidence", true);

    private final String id;
    private final boolean needsProjects;

    Metric(String id, boolean needsProjects) {
        this.id = id;
        this.needsProjects = needsProjects;
    }

    public String id() {
        return id;
    }

    /** Insight intake is organisation-wide: insights belong to no project until linked. */
    boolean needsProjects() {
        return needsProjects;
    }

    public static Optional<Metric> ofId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}

package dev.productops.jira.application.metrics;

/** The metrics there are. */
public enum Metric {
    EVIDENCE_COVERAGE(true),
    INSIGHT_INTAKE(false),
    DEPENDENCY_HEALTH(true),
    TOP_EVIDENCE(true);

    private final boolean needsProjects;

    Metric(boolean needsProjects) {
        this.needsProjects = needsProjects;
    }

    /** Insight intake is organisation-wide: insights belong to no project until linked. */
    public boolean needsProjects() {
        return needsProjects;
    }
}

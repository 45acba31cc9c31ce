package dev.productops.jira.domain.dependency;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the risk rules know about one issue. Dates may be null (unknown); {@code projectPlans} says
 * whether the issue's project has any sprint or version at all.
 */
public record Issue(String key, StatusCategory status, boolean assigned, LocalDate updated, LocalDate due,
                    PlannedWindow planned, boolean projectPlans) {
    public Issue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
    }

    /** An assigned issue in a planning project, with nothing else known yet. */
    public static Issue of(String key, StatusCategory status) {
        return new Issue(key, status, true, null, null, null, true);
    }

    public Issue unassigned() {
        return new Issue(key, status, false, updated, due, planned, projectPlans);
    }

    public Issue updatedOn(LocalDate day) {
        return new Issue(key, status, assigned, day, due, planned, projectPlans);
    }

    public Issue due(LocalDate day) {
        return new Issue(key, status, assigned, updated, day, planned, projectPlans);
    }

    public Issue plannedIn(PlannedWindow window) {
        return new Issue(key, status, assigned, updated, due, window, projectPlans);
    }

    public Issue inProjectWithoutPlanning() {
        return new Issue(key, status, assigned, updated, due, planned, false);
    }
}

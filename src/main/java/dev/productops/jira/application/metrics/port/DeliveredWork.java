package dev.productops.jira.application.metrics.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Delivered and waiting work, read from Jira on behalf of the current viewer: what they cannot browse is absent. */
public interface DeliveredWork {
    /**
     * Issues of the projects resolved at or after {@code from} and before {@code until}, that the viewer may browse.
     * Instants, not days: which day an instant falls on depends on whose calendar is asked.
     */
    List<ResolvedIssue> resolvedBetween(Collection<Long> projectIds, Instant from, Instant until);

    /**
     * Among these issues, those in the projects that the viewer may browse, not done and not planned in an unreleased
     * fix version; in no particular order. Issues outside the projects, deleted or hidden are simply absent.
     */
    List<WaitingIssue> waitingAmong(Collection<Long> projectIds, Collection<Long> issueIds);

    /** The projects the viewer may browse. */
    Set<Long> browsableProjectIds();

    record ResolvedIssue(long id, String key, Instant resolved) {
    }

    record WaitingIssue(long id, String key, String summary, String status) {
    }
}

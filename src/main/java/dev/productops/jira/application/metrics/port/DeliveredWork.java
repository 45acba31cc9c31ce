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

    /** The ids of the issues in the projects: only used to select evidence, never shown. */
    List<Long> issueIdsOf(Collection<Long> projectIds);

    /**
     * Among these issues of the projects, in the order given, those the viewer may browse that are not done and not
     * planned in an unreleased fix version of their project; stops after {@code limit}.
     */
    List<WaitingIssue> waitingAmong(Collection<Long> projectIds, List<Long> issueIds, int limit);

    /** The projects the viewer may browse. */
    Set<Long> browsableProjectIds();

    record ResolvedIssue(long id, String key, Instant resolved) {
    }

    record WaitingIssue(long id, String key, String summary, String status) {
    }
}

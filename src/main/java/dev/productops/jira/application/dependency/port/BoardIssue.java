package dev.productops.jira.application.dependency.port;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issue the viewer may browse, as the board needs it. {@code inScope} is false for the other end of a
 * dependency that lies in a project not on the board. {@code versionId} is the version the issue is planned
 * in (its earliest unreleased fix version, else its latest), null when unplanned. {@code created} may be null
 * where the host does not say.
 */
public record BoardIssue(long id, String key, String summary, String status, String statusCategory, String assignee,
                         LocalDate dueDate, Instant created, Instant updated, long projectId, String projectKey, Long versionId,
                         boolean inScope) {
    public static final String DONE = "done";
    public static final String IN_PROGRESS = "indeterminate";

    public boolean isDone() {
        return DONE.equals(statusCategory);
    }
}

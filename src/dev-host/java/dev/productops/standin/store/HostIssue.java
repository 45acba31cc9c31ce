package dev.productops.standin.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An issue as the stand-in serves it. Nullable: description, priority, assigneeUsername,
 * reporterUsername, dueDate and resolutionDate (real exports leave any of them empty).
 */
public record HostIssue(long id, String key, long projectId, String summary, String description, String issueType,
                        String priority, String statusName, StatusCategory statusCategory, String assigneeUsername,
                        String reporterUsername, LocalDate dueDate, Instant created, Instant updated,
                        Instant resolutionDate, List<Long> fixVersionIds) {

    public HostIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(issueType, "issueType");
        Objects.requireNonNull(statusName, "statusName");
        Objects.requireNonNull(statusCategory, "statusCategory");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        fixVersionIds = List.copyOf(fixVersionIds);
        if (IssueKey.parse(key).isEmpty()) {
            throw new IllegalArgumentException("Not an issue key: '" + key + "'");
        }
    }

    public IssueKey issueKey() {
        return IssueKey.parse(key).orElseThrow();
    }

    public boolean isDone() {
        return statusCategory == StatusCategory.DONE;
    }
}

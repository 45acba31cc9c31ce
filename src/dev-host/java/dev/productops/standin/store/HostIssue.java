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

    /**
     * Issues in key order ("ABC-2" before "ABC-10"), the order of {@link IssueKey}, without parsing the keys: a search
     * sorts thousands of issues and compares each key many times.
     */
    public static final java.util.Comparator<HostIssue> KEY_ORDER = (a, b) -> compareKeys(a.key, b.key);

    static int compareKeys(String a, String b) {
        int dashA = a.lastIndexOf('-');
        int dashB = b.lastIndexOf('-');
        int common = Math.min(dashA, dashB);
        for (int i = 0; i < common; i++) {
            int difference = Character.toUpperCase(a.charAt(i)) - Character.toUpperCase(b.charAt(i));
            if (difference != 0) {
                return difference;
            }
        }
        if (dashA != dashB) {
            return dashA - dashB;
        }
        return Long.compare(Long.parseLong(a, dashA + 1, a.length(), 10), Long.parseLong(b, dashB + 1, b.length(), 10));
    }

    public IssueKey issueKey() {
        return IssueKey.parse(key).orElseThrow();
    }

    public boolean isDone() {
        return statusCategory == StatusCategory.DONE;
    }
}

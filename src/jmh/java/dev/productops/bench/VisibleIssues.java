package dev.productops.bench;

import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every BENCH-{id} issue exists and is visible: Jira's permission check is not what is measured here. */
final class VisibleIssues implements IssueDirectory {
    private static final String PREFIX = "BENCH-";

    @Override
    public Optional<IssueReference> findVisible(String issueKey) {
        if (issueKey == null || !issueKey.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(reference(Long.parseLong(issueKey.substring(PREFIX.length()))));
    }

    @Override
    public Map<String, IssueReference> findVisibleByCurrentKey(Collection<String> issueKeys) {
        Map<String, IssueReference> found = new java.util.HashMap<>();
        issueKeys.forEach(key -> findVisible(key).ifPresent(issue -> found.put(issue.key(), issue)));
        return found;
    }

    @Override
    public Map<Long, IssueReference> visible(Collection<Long> ids) {
        return ids.stream().collect(Collectors.toMap(id -> id, VisibleIssues::reference, (a, b) -> a));
    }

    private static IssueReference reference(long id) {
        return new IssueReference(id, PREFIX + id, "BENCH", "Benchmark issue " + id);
    }
}

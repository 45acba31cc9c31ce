package dev.productops.jira.adapter.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.productops.jira.application.metrics.port.DeliveredWork;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivered and waiting work read from Jira in bulk: issue ids per project, issues in batches of a thousand, and
 * scheduled issues per unreleased version; every issue shown is checked against the viewer's browse permission.
 */
public class JiraDeliveredWork implements DeliveredWork {
    /** Waiting issues are looked for best-first; most of the top few are found in the first small batch. */
    private static final int WAITING_BATCH = 100;

    private final IssueManager issues;
    private final VersionManager versions;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    public JiraDeliveredWork(IssueManager issues, VersionManager versions, PermissionManager permissions,
                             JiraAuthenticationContext authentication) {
        this.issues = issues;
        this.versions = versions;
        this.permissions = permissions;
        this.authentication = authentication;
    }

    @Override
    public List<ResolvedIssue> resolvedBetween(Collection<Long> projectIds, Instant from, Instant until) {
        ApplicationUser viewer = authentication.getLoggedInUser();
        List<ResolvedIssue> resolved = new ArrayList<>();
        IssueBatches.forEach(issues, issueIdsOf(projectIds), issue -> {
            Instant at = issue.getResolutionDate() == null ? null : issue.getResolutionDate().toInstant();
            if (at != null && !at.isBefore(from) && at.isBefore(until) && canBrowse(issue, viewer)) {
                resolved.add(new ResolvedIssue(issue.getId(), issue.getKey(), at));
            }
        });
        return resolved;
    }

    @Override
    public List<Long> issueIdsOf(Collection<Long> projectIds) {
        List<Long> ids = new ArrayList<>();
        for (Long projectId : projectIds) {
            ids.addAll(IssueBatches.idsInProject(issues, projectId));
        }
        return ids;
    }

    @Override
    public List<WaitingIssue> waitingAmong(Collection<Long> projectIds, List<Long> issueIds, int limit) {
        ApplicationUser viewer = authentication.getLoggedInUser();
        Set<Long> scheduled = new HashSet<>();
        for (Long projectId : projectIds) {
            for (Version version : versions.getVersions(projectId)) {
                if (!version.isReleased()) {
                    scheduled.addAll(versions.getIssueIdsWithFixVersion(version));
                }
            }
        }
        List<Long> candidates = issueIds.stream().filter(id -> !scheduled.contains(id)).toList();
        List<WaitingIssue> waiting = new ArrayList<>();
        for (int start = 0; start < candidates.size() && waiting.size() < limit; start += WAITING_BATCH) {
            List<Long> batch = candidates.subList(start, Math.min(candidates.size(), start + WAITING_BATCH));
            Map<Long, Issue> byId = issues.getIssueObjects(batch).stream().filter(java.util.Objects::nonNull)
                    .collect(Collectors.toMap(Issue::getId, Function.identity(), (a, b) -> a));
            for (Long id : batch) {
                Issue issue = byId.get(id);
                if (issue != null && waiting.size() < limit && !isDone(issue) && canBrowse(issue, viewer)) {
                    waiting.add(new WaitingIssue(issue.getId(), issue.getKey(), issue.getSummary(), issue.getStatus().getName()));
                }
            }
        }
        return waiting;
    }

    @Override
    public Set<Long> browsableProjectIds() {
        return permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, authentication.getLoggedInUser()).stream()
                .map(Project::getId).collect(Collectors.toSet());
    }

    private static boolean isDone(Issue issue) {
        return StatusCategory.COMPLETE.equals(issue.getStatus().getStatusCategory().getKey());
    }

    private boolean canBrowse(Issue issue, ApplicationUser viewer) {
        return permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, viewer);
    }
}

package dev.productops.jira.adapter.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Issues as Jira's own permission scheme lets the logged-in user see them (issue security included). */
public class JiraIssueDirectory implements IssueDirectory {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;

    public JiraIssueDirectory(IssueManager issueManager, PermissionManager permissionManager,
                              JiraAuthenticationContext authenticationContext) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<IssueReference> findVisible(String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        Issue issue = issueManager.getIssueObject(issueKey.trim());
        return issue != null && canBrowse(issue, authenticationContext.getLoggedInUser()) ? Optional.of(reference(issue)) : Optional.empty();
    }

    @Override
    public Map<Long, IssueReference> visible(Collection<Long> ids) {
        ApplicationUser viewer = authenticationContext.getLoggedInUser();
        Map<Long, IssueReference> visible = new LinkedHashMap<>();
        for (Issue issue : issueManager.getIssueObjects(new ArrayList<>(ids))) {
            if (issue != null && canBrowse(issue, viewer)) {
                visible.put(issue.getId(), reference(issue));
            }
        }
        return visible;
    }

    private boolean canBrowse(Issue issue, ApplicationUser viewer) {
        return permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, viewer);
    }

    private static IssueReference reference(Issue issue) {
        return new IssueReference(issue.getId(), issue.getKey(), issue.getProjectObject().getKey(), issue.getSummary());
    }
}

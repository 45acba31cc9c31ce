package dev.productops.jira.adapter.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;

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
        if (issue == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue,
                authenticationContext.getLoggedInUser())) {
            return Optional.empty();
        }
        return Optional.of(new IssueReference(issue.getId(), issue.getKey(), issue.getProjectObject().getKey()));
    }
}

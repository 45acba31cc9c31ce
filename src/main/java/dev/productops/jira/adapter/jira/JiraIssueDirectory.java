package dev.productops.jira.adapter.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.productops.jira.application.problem.DataUnavailable;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.Optional;

/** Issues as Jira's own permission scheme lets the logged-in user see them (issue security included). */
public class JiraIssueDirectory implements IssueDirectory {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final IssueSearch search;

    public JiraIssueDirectory(IssueManager issueManager, PermissionManager permissionManager,
                              JiraAuthenticationContext authenticationContext, SearchService search) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.search = new IssueSearch(search);
    }

    @Override
    public Optional<IssueReference> findVisible(String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        Issue issue = issueManager.getIssueObject(issueKey.trim());
        return issue != null && canBrowse(issue, authenticationContext.getLoggedInUser()) ? Optional.of(reference(issue)) : Optional.empty();
    }

    /** Jira's issue key format: only keys of this form go into the JQL, so a file's text can never change the query. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,17}");

    @Override
    public Map<String, IssueReference> findVisibleByCurrentKey(Collection<String> issueKeys) {
        Set<String> wellFormed = new TreeSet<>();
        for (String key : issueKeys) {
            String upper = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
            if (ISSUE_KEY.matcher(upper).matches()) {
                wellFormed.add(upper);
            }
        }
        Map<String, IssueReference> found = new LinkedHashMap<>();
        try {
            search.forEachWithKey(authenticationContext.getLoggedInUser(), wellFormed, "the issues named in the file",
                    issue -> found.put(issue.getKey().toUpperCase(Locale.ROOT), reference(issue)));
        } catch (DataUnavailable e) {
            // The search is a shortcut: when Jira cannot answer it, each key is still looked up on its own.
            return Map.of();
        }
        return found;
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

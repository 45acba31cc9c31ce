package dev.productops.jira.adapter.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.productops.jira.application.port.IssueReference;
import org.junit.Before;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraIssueDirectoryTest {
    private final IssueManager issueManager = mock(IssueManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final ApplicationUser bob = mock(ApplicationUser.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final JiraIssueDirectory directory = new JiraIssueDirectory(issueManager, permissionManager, authenticationContext,
            mock(com.atlassian.jira.bc.issue.search.SearchService.class));

    @Before
    public void setUp() {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("PAY");
        when(issue.getId()).thenReturn(10001L);
        when(issue.getKey()).thenReturn("PAY-1");
        when(issue.getSummary()).thenReturn("Pay by invoice");
        when(issue.getProjectObject()).thenReturn(project);
        when(issueManager.getIssueObject("PAY-1")).thenReturn(issue);
        when(authenticationContext.getLoggedInUser()).thenReturn(bob);
    }

    @Test
    public void findsAnIssueTheViewerMayBrowse() {
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, bob)).thenReturn(true);
        assertEquals(Optional.of(new IssueReference(10001L, "PAY-1", "PAY", "Pay by invoice")), directory.findVisible("PAY-1"));
    }

    @Test
    public void anIssueTheViewerMayNotBrowseIsNotFound() {
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, bob)).thenReturn(false);
        assertTrue(directory.findVisible("PAY-1").isEmpty());
    }

    @Test
    public void unknownAndBlankKeysAreNotFound() {
        assertTrue(directory.findVisible("NOPE-1").isEmpty());
        assertTrue(directory.findVisible(" ").isEmpty());
        assertTrue(directory.findVisible(null).isEmpty());
    }
}

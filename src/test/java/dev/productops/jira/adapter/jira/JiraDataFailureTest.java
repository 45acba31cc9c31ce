package dev.productops.jira.adapter.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import dev.productops.jira.adapter.rest.ErrorCollection;
import dev.productops.jira.adapter.rest.ProblemMapper;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.problem.DataUnavailable;
import org.junit.Before;
import org.junit.Test;
import org.ofbiz.core.entity.GenericEntityException;

import javax.ws.rs.core.Response;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's database failing while it lists a project's issues (the checked GenericEntityException of
 * {@code IssueManager.getIssueIdsForProject}) reaches the REST caller as a 503 that says what could not be read.
 */
public class JiraDataFailureTest {
    private static final long PAY = 10000L;

    private final IssueManager issues = mock(IssueManager.class);
    private final VersionManager versions = mock(VersionManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final GenericEntityException databaseDown = new GenericEntityException("Connection refused");

    @Before
    public void jiraCannotReadTheProject() throws GenericEntityException {
        when(issues.getIssueIdsForProject(PAY)).thenThrow(databaseDown);
    }

    @Test
    public void metricsReportWhichProjectCouldNotBeRead() {
        JiraDeliveredWork work = new JiraDeliveredWork(issues, versions, permissions, authentication);
        DataUnavailable problem = expectDataUnavailable(() -> work.issueIdsOf(List.of(PAY)));
        assertTrue(problem.getMessage(), problem.getMessage().contains("project 10000"));
        assertSame("the cause stays attached for Jira's log", databaseDown, problem.getCause());
    }

    @Test
    public void theBoardReportsWhichProjectCouldNotBeRead() {
        JiraDependencySource source = new JiraDependencySource(mock(ProjectManager.class), issues, versions,
                mock(IssueLinkManager.class), mock(IssueLinkTypeManager.class), permissions, authentication);
        DataUnavailable problem = expectDataUnavailable(
                () -> source.load(List.of(new BoardProject(PAY, "PAY", "Payments", List.of())), List.of()));
        assertTrue(problem.getMessage(), problem.getMessage().contains("project 10000"));
    }

    @Test
    public void theRestCallerGetsAServiceUnavailableErrorCollectionWithTheReason() {
        JiraDeliveredWork work = new JiraDeliveredWork(issues, versions, permissions, authentication);
        DataUnavailable problem = expectDataUnavailable(() -> work.issueIdsOf(List.of(PAY)));

        Response response = new ProblemMapper().toResponse(problem);

        assertEquals(503, response.getStatus());
        ErrorCollection body = (ErrorCollection) response.getEntity();
        assertEquals(List.of("Jira could not read the issues of project 10000. Try again later; the details are in Jira's log."),
                body.errorMessages());
    }

    private static DataUnavailable expectDataUnavailable(Runnable call) {
        try {
            call.run();
        } catch (DataUnavailable expected) {
            return expected;
        }
        fail("a Jira database failure must surface as DataUnavailable");
        return null;
    }
}

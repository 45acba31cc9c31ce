package dev.productops.jira.adapter.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.ofbiz.OfBizDelegator;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.productops.jira.adapter.rest.ErrorCollection;
import dev.productops.jira.adapter.rest.ProblemMapper;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.DependencyLinkRule;
import dev.productops.jira.application.problem.DataUnavailable;
import org.junit.Before;
import org.junit.Test;
import org.ofbiz.core.entity.GenericEntityException;

import javax.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ofbiz.core.entity.GenericValue;
import org.ofbiz.core.entity.model.ModelEntity;
import org.ofbiz.core.entity.model.ModelField;
import java.util.Set;
import java.util.TimeZone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira failing to read (the checked GenericEntityException of {@code IssueManager.getIssueIdsForProject} and the
 * DataAccessException of {@code OfBizDelegator.findByCondition} under the board, the checked SearchException of {@code SearchService.search} under the metrics) reaches the REST caller as a
 * 503 that says what could not be read.
 */
public class JiraDataFailureTest {
    private static final long PAY = 10000L;

    private final IssueManager issues = mock(IssueManager.class);
    private final VersionManager versions = mock(VersionManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final SearchService search = mock(SearchService.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final GenericEntityException databaseDown = new GenericEntityException("Connection refused");
    private final SearchException indexDown = new SearchException("Index unavailable");

    @Before
    public void jiraCannotReadTheProject() throws Exception {
        when(issues.getIssueIdsForProject(PAY)).thenThrow(databaseDown);
        MessageSet noErrors = mock(MessageSet.class);
        when(search.parseQuery(any(), anyString())).thenReturn(new SearchService.ParseResult(mock(Query.class), noErrors));
        when(search.search(any(), any(Query.class), any(PagerFilter.class))).thenThrow(indexDown);
        when(timeZones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
    }

    @Test
    public void metricsReportWhichProjectsCouldNotBeSearched() {
        JiraDeliveredWork work = new JiraDeliveredWork(search, permissions, authentication, timeZones);
        DataUnavailable problem = expectDataUnavailable(
                () -> work.resolvedBetween(List.of(PAY), Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-30T00:00:00Z")));
        assertTrue(problem.getMessage(), problem.getMessage().contains("projects 10000"));
        assertSame("the cause stays attached for Jira's log", indexDown, problem.getCause());
        assertSame(indexDown, expectDataUnavailable(() -> work.waitingAmong(List.of(PAY), List.of(1L, 2L))).getCause());
    }

    @Test
    public void theBoardReportsWhichProjectCouldNotBeRead() {
        JiraDependencySource source = new JiraDependencySource(mock(ProjectManager.class), issues, versions,
                mock(IssueLinkManager.class), mock(IssueLinkTypeManager.class), permissions, authentication, mock(OfBizDelegator.class), search);
        DataUnavailable problem = expectDataUnavailable(
                () -> source.load(List.of(new BoardProject(PAY, "PAY", "Payments", List.of())), List.of()));
        assertTrue(problem.getMessage(), problem.getMessage().contains("project 10000"));
    }

    @Test
    public void theBoardReportsThatItsLinksCouldNotBeRead() {
        OfBizDelegator entities = mock(OfBizDelegator.class);
        DataAccessException linksDown = new DataAccessException(databaseDown);
        when(entities.findByCondition(anyString(), any(), any())).thenThrow(linksDown);
        JiraDependencySource source = blocksBoardReading(entities);

        DataUnavailable problem = expectDataUnavailable(
                () -> source.around(List.of(1L), Set.of(1L), List.of(new DependencyLinkRule("Blocks", true))));

        assertTrue(problem.getMessage(), problem.getMessage().contains("issue links"));
        assertSame("the cause stays attached for Jira's log", linksDown, problem.getCause());
    }

    @Test
    public void theBoardReportsThatTheIssuesAtItsDependenciesCouldNotBeSearched() throws Exception {
        OfBizDelegator entities = mock(OfBizDelegator.class);
        List<GenericValue> rows = new ArrayList<>();
        for (long i = 0; i < JiraDependencySource.CHECKED_ONE_BY_ONE + 1; i++) {
            rows.add(linkRow(100 + i, 10000L, 1L, 1000 + i));
        }
        when(entities.findByCondition(anyString(), any(), any())).thenReturn((List) rows);
        JiraDependencySource source = blocksBoardReading(entities);

        DataUnavailable problem = expectDataUnavailable(
                () -> source.around(List.of(1L), Set.of(1L), List.of(new DependencyLinkRule("Blocks", true))));

        assertTrue(problem.getMessage(), problem.getMessage().contains("the ends of the board's dependencies"));
        assertSame("the cause stays attached for Jira's log", indexDown, problem.getCause());
    }

    /** The board's Jira adapter with Blocks (id 10000) as the only link type, reading links through these entities. */
    private JiraDependencySource blocksBoardReading(OfBizDelegator entities) {
        IssueLinkType blocks = mock(IssueLinkType.class);
        when(blocks.getId()).thenReturn(10000L);
        when(blocks.getName()).thenReturn("Blocks");
        IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
        when(linkTypes.getIssueLinkTypes()).thenReturn(List.of(blocks));
        return new JiraDependencySource(mock(ProjectManager.class), issues, versions, mock(IssueLinkManager.class), linkTypes,
                permissions, authentication, entities, search);
    }

    static GenericValue linkRow(long id, long type, long source, long destination) {
        ModelEntity entity = new ModelEntity();
        entity.setEntityName("IssueLink");
        for (String name : List.of("id", "linktype", "source", "destination")) {
            ModelField field = new ModelField();
            field.setName(name);
            entity.addField(field);
        }
        return new GenericValue(entity, java.util.Map.of("id", id, "linktype", type, "source", source, "destination", destination));
    }

    @Test
    public void theRestCallerGetsAServiceUnavailableErrorCollectionWithTheReason() {
        JiraDependencySource source = new JiraDependencySource(mock(ProjectManager.class), issues, versions,
                mock(IssueLinkManager.class), mock(IssueLinkTypeManager.class), permissions, authentication, mock(OfBizDelegator.class), search);
        DataUnavailable problem = expectDataUnavailable(
                () -> source.load(List.of(new BoardProject(PAY, "PAY", "Payments", List.of())), List.of()));

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

package dev.productops.jira.adapter.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.ofbiz.OfBizDelegator;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import dev.productops.jira.application.dependency.port.DependencyLinkRule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.ofbiz.core.entity.EntityCondition;
import org.ofbiz.core.entity.EntityConditionList;
import org.ofbiz.core.entity.EntityExpr;
import org.ofbiz.core.entity.EntityOperator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What the board asks of Jira's entity engine: the links of its issues, of the dependency link types only. */
public class JiraDependencySourceTest {

    @Test
    public void theLinksOfTheBoardsIssuesAreReadOnlyOfTheDependencyLinkTypes() {
        IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
        List<IssueLinkType> known = List.of(type(10000L, "Blocks"), type(10001L, "Relates"), type(10002L, "Dependency"));
        when(linkTypes.getIssueLinkTypes()).thenReturn(known);
        OfBizDelegator entities = mock(OfBizDelegator.class);
        when(entities.findByCondition(any(), any(), any())).thenReturn(List.of());
        JiraDependencySource source = new JiraDependencySource(mock(ProjectManager.class), mock(IssueManager.class),
                mock(VersionManager.class), mock(IssueLinkManager.class), linkTypes, mock(PermissionManager.class),
                mock(JiraAuthenticationContext.class), entities, mock(SearchService.class));

        source.around(List.of(1L, 2L), Set.of(), List.of(new DependencyLinkRule("Blocks", true), new DependencyLinkRule("dependency", false)));

        ArgumentCaptor<EntityCondition> conditions = ArgumentCaptor.forClass(EntityCondition.class);
        verify(entities, times(2)).findByCondition(eq(OfBizDelegator.ISSUE_LINK), conditions.capture(), any());
        List<String> read = new ArrayList<>();
        for (EntityCondition condition : conditions.getAllValues()) {
            EntityConditionList both = (EntityConditionList) condition;
            assertEquals(EntityOperator.AND, both.getOperator());
            EntityExpr end = (EntityExpr) both.getCondition(0);
            EntityExpr types = (EntityExpr) both.getCondition(1);
            assertEquals(List.of(1L, 2L), end.getRhs());
            read.add(end.getLhs() + " " + types.getLhs() + " " + types.getRhs());
        }
        assertEquals(List.of("source linktype [10000, 10002]", "destination linktype [10000, 10002]"), read);
    }

    @Test
    public void dependenciesComeInLinkIdOrderWhateverOrderTheDatabaseReturnsThemIn() {
        IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
        List<IssueLinkType> known = List.of(type(10000L, "Blocks"));
        when(linkTypes.getIssueLinkTypes()).thenReturn(known);
        OfBizDelegator entities = mock(OfBizDelegator.class);
        List<Object> rows = List.of(JiraDataFailureTest.linkRow(300, 10000L, 1L, 3L), JiraDataFailureTest.linkRow(100, 10000L, 1L, 2L),
                JiraDataFailureTest.linkRow(200, 10000L, 3L, 1L));
        when(entities.findByCondition(any(), any(), any())).thenReturn((List) rows);
        JiraDependencySource source = new JiraDependencySource(mock(ProjectManager.class), mock(IssueManager.class),
                mock(VersionManager.class), mock(IssueLinkManager.class), linkTypes, mock(PermissionManager.class),
                mock(JiraAuthenticationContext.class), entities, mock(SearchService.class));

        List<Long> order = source.around(List.of(1L), Set.of(1L, 2L, 3L), List.of(new DependencyLinkRule("Blocks", true)))
                .links().stream().map(dev.productops.jira.application.dependency.port.BoardLink::linkId).toList();

        // The analysis follows this order where chains tie: it must not be the database's.
        assertEquals(List.of(100L, 200L, 300L), order);
    }

    private static IssueLinkType type(long id, String name) {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }
}

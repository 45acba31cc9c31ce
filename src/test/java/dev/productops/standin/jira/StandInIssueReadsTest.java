package dev.productops.standin.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import dev.productops.standin.host.JiraCalls;
import dev.productops.standin.host.StandInJira;
import dev.productops.standin.host.StandInSearch;
import dev.productops.standin.host.StandInTimeZones;
import dev.productops.standin.store.HostData;
import org.junit.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

/**
 * Jira's issues cost differently by how they were found: an issue read by id ({@code IssueImpl}) reads its fix versions
 * from the database when asked, one issue at a time; an issue from a search ({@code DocumentIssue}) has them from its
 * index document. The stand-in charges the first and not the second, so a per-issue read shows in the call counts.
 * PAY-1 (10000) is in one fix version.
 */
public class StandInIssueReadsTest {
    private final HostData data = TinyJira.data();

    @Test
    public void anIssueReadByIdChargesARead() {
        StandInJira jira = new StandInJira(data, Map.of());
        jira.getIssueObject(10000L).getFixVersions();
        jira.getIssueObjects(List.of(10000L)).get(0).getFixVersions();

        assertEquals(new JiraCalls.MethodCalls("Issue.getFixVersions", 2, 2), method(jira.calls(), "Issue.getFixVersions"));
    }

    @Test
    public void anIssueFromASearchHasThemFromTheIndex() throws Exception {
        JiraCalls calls = new JiraCalls();
        StandInSearch search = new StandInSearch(data, calls, new StandInTimeZones(ZoneId.of("UTC"), Map.of()));
        ApplicationUser alice = StandInJira.applicationUser(TinyJira.ALICE);
        SearchService.ParseResult parsed = search.parseQuery(alice, "key = PAY-1");
        Issue found = search.search(alice, parsed.getQuery(), new PagerFilter<>(0, 10)).getResults().get(0);

        assertEquals(1, found.getFixVersions().size());
        assertEquals(null, method(calls, "Issue.getFixVersions"));
    }

    private static JiraCalls.MethodCalls method(JiraCalls calls, String name) {
        return calls.snapshot().stream().filter(c -> c.method().equals(name)).findFirst().orElse(null);
    }
}

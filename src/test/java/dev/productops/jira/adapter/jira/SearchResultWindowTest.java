package dev.productops.jira.adapter.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.productops.jira.application.metrics.port.DeliveredWork.ResolvedIssue;
import dev.productops.standin.host.JiraCalls;
import dev.productops.standin.host.StandInSearch;
import dev.productops.standin.host.StandInTimeZones;
import dev.productops.standin.sample.DcaptOrganisation;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostProject;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira 11 on OpenSearch refuses to page a search past its result window (10,000 hits). Evidence coverage over a period
 * with more resolved issues than that still finds every one of them: the period is searched in slices that each fit.
 * The stand-in's search refuses a page past the window as OpenSearch does, so a search paged too far fails this test.
 */
public class SearchResultWindowTest {

    @Test
    public void aPeriodWithMoreResolvedIssuesThanOneSearchCanPageIsSearchedInSlices() {
        HostData data = DcaptOrganisation.generate(DcaptOrganisation.Size.parse("dcapt:60000"), 42L, LocalDate.of(2026, 11, 29));
        List<Long> projects = data.projects().stream().map(HostProject::id).toList();
        List<HostIssue> resolvedInData = data.issues().stream().filter(i -> i.resolutionDate() != null).toList();
        Instant from = resolvedInData.stream().map(HostIssue::resolutionDate).min(Instant::compareTo).orElseThrow();
        Instant until = resolvedInData.stream().map(HostIssue::resolutionDate).max(Instant::compareTo).orElseThrow().plusSeconds(1);
        Set<String> expected = resolvedInData.stream().map(HostIssue::key).collect(Collectors.toCollection(TreeSet::new));
        assertTrue("more resolved issues than one search can page: " + expected.size(), expected.size() > 10_000);

        ApplicationUser admin = mock(ApplicationUser.class);
        when(admin.getUsername()).thenReturn("admin");
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getLoggedInUser()).thenReturn(admin);
        TimeZoneManager zones = mock(TimeZoneManager.class);
        when(zones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
        JiraCalls calls = new JiraCalls();
        StandInSearch openSearch = new StandInSearch(data, calls, new StandInTimeZones(ZoneId.of("UTC"), Map.of()), 10_000);
        JiraDeliveredWork work = new JiraDeliveredWork(openSearch, mock(PermissionManager.class), authentication, zones);

        List<ResolvedIssue> resolved = work.resolvedBetween(projects, from, until);

        assertEquals(expected, resolved.stream().map(ResolvedIssue::key).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals("each issue once", expected.size(), resolved.size());
        long searches = calls.snapshot().stream().filter(c -> c.method().equals("SearchService.parseQuery"))
                .mapToLong(JiraCalls.MethodCalls::count).sum();
        assertTrue("a few slices, not a search per day or minute: " + searches, searches > 1 && searches < 64);
    }
}

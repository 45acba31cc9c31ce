package dev.productops.jira.adapter.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.productops.jira.application.metrics.port.DeliveredWork;
import dev.productops.jira.application.problem.DataUnavailable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Delivered and waiting work found through Jira's issue search (JQL) as the viewer: the index answers only the issues
 * of the scope that match, and drops those the viewer may not browse (project permission and issue security), so
 * nothing here reads every issue of a project or asks about permissions one issue at a time.
 */
public class JiraDeliveredWork implements DeliveredWork {
    /**
     * Issues per search page. Jira 11 on OpenSearch refuses to page past its result window (10,000 by default), so
     * pages stay well inside it; on Lucene a page costs one index search plus one document read per issue.
     */
    static final int PAGE = 1000;
    /** Issue ids per {@code issue in (…)}: a thousand terms stay far below Lucene's clause limit and a URL's length. */
    static final int IDS_PER_QUERY = 1000;
    /** Minutes are the finest precision JQL dates have; they are read in the searcher's time zone, as the viewer's. */
    private static final DateTimeFormatter JQL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SearchService search;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;
    private final TimeZoneManager timeZones;

    public JiraDeliveredWork(SearchService search, PermissionManager permissions, JiraAuthenticationContext authentication,
                             TimeZoneManager timeZones) {
        this.search = search;
        this.permissions = permissions;
        this.authentication = authentication;
        this.timeZones = timeZones;
    }

    @Override
    public List<ResolvedIssue> resolvedBetween(Collection<Long> projectIds, Instant from, Instant until) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        ZoneId zone = timeZones.getLoggedInUserTimeZone().toZoneId();
        // JQL counts in whole minutes: ask for the minutes around the instants, then keep exactly those between.
        String jql = "project in (" + joined(projectIds) + ")"
                + " AND resolved >= \"" + JQL_MINUTE.format(from.atZone(zone).truncatedTo(ChronoUnit.MINUTES)) + "\""
                + " AND resolved < \"" + JQL_MINUTE.format(minuteAtOrAfter(until.atZone(zone))) + "\""
                + " ORDER BY key";
        List<ResolvedIssue> resolved = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        searchAll(jql, projectIds, issue -> {
            Instant at = issue.getResolutionDate() == null ? null : issue.getResolutionDate().toInstant();
            if (at != null && !at.isBefore(from) && at.isBefore(until) && seen.add(issue.getId())) {
                resolved.add(new ResolvedIssue(issue.getId(), issue.getKey(), at));
            }
        });
        return resolved;
    }

    @Override
    public List<WaitingIssue> waitingAmong(Collection<Long> projectIds, Collection<Long> issueIds) {
        if (projectIds.isEmpty() || issueIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(new TreeSet<>(issueIds));
        List<WaitingIssue> waiting = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY));
            String jql = "project in (" + joined(projectIds) + ") AND issue in (" + joined(chunk) + ")"
                    + " AND statusCategory != Done ORDER BY key";
            searchAll(jql, projectIds, issue -> {
                if (!isDone(issue) && !isPlanned(issue) && seen.add(issue.getId())) {
                    waiting.add(new WaitingIssue(issue.getId(), issue.getKey(), issue.getSummary(), issue.getStatus().getName()));
                }
            });
        }
        return waiting;
    }

    @Override
    public Set<Long> browsableProjectIds() {
        return permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, authentication.getLoggedInUser()).stream()
                .map(Project::getId).collect(Collectors.toSet());
    }

    /** Every page of the search, as the viewer. */
    private void searchAll(String jql, Collection<Long> projectIds, Consumer<Issue> action) {
        ApplicationUser viewer = authentication.getLoggedInUser();
        SearchService.ParseResult parsed = search.parseQuery(viewer, jql);
        if (!parsed.isValid()) {
            // The JQL is ours, built from numbers and dates: Jira refusing it is a bug here, not the user's input.
            throw new IllegalStateException("Jira did not accept the query " + jql + ": " + parsed.getErrors().getErrorMessages());
        }
        Query query = parsed.getQuery();
        try {
            int start = 0;
            while (true) {
                SearchResults<Issue> page = search.search(viewer, query, new PagerFilter<>(start, PAGE));
                page.getResults().forEach(action);
                start += page.getResults().size();
                if (page.getResults().isEmpty() || start >= page.getTotal()) {
                    return;
                }
            }
        } catch (SearchException e) {
            throw new DataUnavailable("Jira could not search the issues of projects " + joined(projectIds)
                    + ". Try again later; the details are in Jira's log.", e);
        }
    }

    private static ZonedDateTime minuteAtOrAfter(ZonedDateTime time) {
        ZonedDateTime minute = time.truncatedTo(ChronoUnit.MINUTES);
        return minute.isBefore(time) ? minute.plusMinutes(1) : minute;
    }

    private static String joined(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static boolean isDone(Issue issue) {
        return StatusCategory.COMPLETE.equals(issue.getStatus().getStatusCategory().getKey());
    }

    /** In an unreleased fix version: someone planned it, so it is no longer waiting. */
    private static boolean isPlanned(Issue issue) {
        Collection<Version> versions = issue.getFixVersions();
        return versions != null && versions.stream().anyMatch(version -> !version.isReleased());
    }
}

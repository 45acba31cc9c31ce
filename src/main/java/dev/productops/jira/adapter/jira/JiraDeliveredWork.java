package dev.productops.jira.adapter.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import dev.productops.jira.application.metrics.port.DeliveredWork;

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
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Delivered and waiting work found through Jira's issue search (JQL) as the viewer: the index answers only the issues
 * of the scope that match, and drops those the viewer may not browse (project permission and issue security), so
 * nothing here reads every issue of a project or asks about permissions one issue at a time.
 */
public class JiraDeliveredWork implements DeliveredWork {
    /** Minutes are the finest precision JQL dates have; they are read in the searcher's time zone, as the viewer's. */
    private static final DateTimeFormatter JQL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IssueSearch search;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;
    private final TimeZoneManager timeZones;

    public JiraDeliveredWork(SearchService search, PermissionManager permissions, JiraAuthenticationContext authentication,
                             TimeZoneManager timeZones) {
        this.search = new IssueSearch(search);
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
        List<ResolvedIssue> resolved = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        // JQL counts in whole minutes: ask for the minutes around the instants, then keep exactly those between.
        resolvedIn(projectIds, from.atZone(zone).truncatedTo(ChronoUnit.MINUTES), minuteAtOrAfter(until.atZone(zone)), issue -> {
            Instant at = issue.getResolutionDate() == null ? null : issue.getResolutionDate().toInstant();
            if (at != null && !at.isBefore(from) && at.isBefore(until) && seen.add(issue.getId())) {
                resolved.add(new ResolvedIssue(issue.getId(), issue.getKey(), at));
            }
        });
        return resolved;
    }

    /**
     * The issues resolved from {@code start} (inclusive) to {@code end} (exclusive), whole minutes. A period with more
     * resolved issues than one search can page through (Jira 11 on OpenSearch) is searched in halves, down to a minute.
     */
    private void resolvedIn(Collection<Long> projectIds, ZonedDateTime start, ZonedDateTime end, Consumer<Issue> action) {
        String jql = "project in (" + IssueSearch.joined(projectIds) + ")"
                + " AND resolved >= \"" + JQL_MINUTE.format(start) + "\""
                + " AND resolved < \"" + JQL_MINUTE.format(end) + "\""
                + " ORDER BY key";
        long minutes = ChronoUnit.MINUTES.between(start, end);
        if (minutes <= 1) {
            search.forEach(authentication.getLoggedInUser(), jql, projectsText(projectIds), action);
        } else if (!search.forEachWithinWindow(authentication.getLoggedInUser(), jql, projectsText(projectIds), action)) {
            ZonedDateTime middle = start.plusMinutes(minutes / 2);
            resolvedIn(projectIds, start, middle, action);
            resolvedIn(projectIds, middle, end, action);
        }
    }

    @Override
    public List<WaitingIssue> waitingAmong(Collection<Long> projectIds, Collection<Long> issueIds) {
        if (projectIds.isEmpty() || issueIds.isEmpty()) {
            return List.of();
        }
        List<WaitingIssue> waiting = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        search.forEachVisible(authentication.getLoggedInUser(), issueIds, "project in (" + IssueSearch.joined(projectIds) + ")"
                + " AND statusCategory != Done", projectsText(projectIds), issue -> {
            if (!isDone(issue) && !isPlanned(issue) && seen.add(issue.getId())) {
                waiting.add(new WaitingIssue(issue.getId(), issue.getKey(), issue.getSummary(), issue.getStatus().getName()));
            }
        });
        return waiting;
    }

    @Override
    public Set<Long> browsableProjectIds() {
        return permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, authentication.getLoggedInUser()).stream()
                .map(Project::getId).collect(Collectors.toSet());
    }

    private static String projectsText(Collection<Long> projectIds) {
        return "the issues of projects " + IssueSearch.joined(projectIds);
    }

    private static ZonedDateTime minuteAtOrAfter(ZonedDateTime time) {
        ZonedDateTime minute = time.truncatedTo(ChronoUnit.MINUTES);
        return minute.isBefore(time) ? minute.plusMinutes(1) : minute;
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

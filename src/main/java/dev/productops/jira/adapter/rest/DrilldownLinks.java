package dev.productops.jira.adapter.rest;

import dev.productops.jira.domain.ProjectKey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Links from a number to the issues behind it, relative to Jira's context path: Jira's issue navigator with JQL,
 * or the dependency board. Jira reads a date in JQL in the searcher's time zone, the zone the metric's days are in.
 */
final class DrilldownLinks {
    /** More keys than this make a URL some proxies refuse; the link then shows the first ones, and says so. */
    static final int MAX_KEYS = 200;

    private DrilldownLinks() {
    }

    static String resolvedBetween(List<ProjectKey> projects, LocalDate from, LocalDate to) {
        // A bare date is that day's midnight, so "resolved on the last day" is "before the next day".
        return navigator("project in (" + keys(projects) + ") AND resolved >= \"" + from
                + "\" AND resolved < \"" + to.plusDays(1) + "\" ORDER BY resolved DESC");
    }

    /** Null when there are no issues: nothing to link to. */
    static String issues(Collection<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        return navigator("key in (" + keys.stream().limit(MAX_KEYS).collect(Collectors.joining(", ")) + ") ORDER BY key");
    }

    /** The board of these teams' cross-team dependencies, with the page's own filter parameters ({@code extra}, e.g. "problems=1"). */
    static String board(List<ProjectKey> projects, String extra) {
        return "/plugins/servlet/productops/board?projects=" + encode(projects.stream().map(ProjectKey::value)
                .collect(Collectors.joining(","))) + "&crossTeam=1" + (extra.isEmpty() ? "" : "&" + extra);
    }

    private static String keys(List<ProjectKey> projects) {
        return projects.stream().map(ProjectKey::value).collect(Collectors.joining(", "));
    }

    private static String navigator(String jql) {
        return "/issues/?jql=" + encode(jql);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

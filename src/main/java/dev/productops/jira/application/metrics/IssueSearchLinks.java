package dev.productops.jira.application.metrics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Links from a number to the issues behind it: Jira's issue navigator with JQL, or the dependency board. */
final class IssueSearchLinks {
    /** More keys than this make a URL some proxies refuse; the link then shows the first ones, and says so. */
    static final int MAX_KEYS = 200;

    private IssueSearchLinks() {
    }

    static String resolvedBetween(List<String> projectKeys, LocalDate from, LocalDate to) {
        // Jira reads a bare date as that day's midnight, so "resolved on the last day" is "before the next day".
        return navigator("project in (" + String.join(", ", projectKeys) + ") AND resolved >= \"" + from
                + "\" AND resolved < \"" + to.plusDays(1) + "\" ORDER BY resolved DESC");
    }

    static String issues(Collection<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        return navigator("key in (" + keys.stream().limit(MAX_KEYS).collect(Collectors.joining(", ")) + ") ORDER BY key");
    }

    static String board(List<String> projectKeys, boolean problemsOnly) {
        return "/plugins/servlet/productops/board?projects=" + encode(String.join(",", projectKeys)) + "&crossTeam=1"
                + (problemsOnly ? "&problems=1" : "");
    }

    private static String navigator(String jql) {
        return "/issues/?jql=" + encode(jql);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

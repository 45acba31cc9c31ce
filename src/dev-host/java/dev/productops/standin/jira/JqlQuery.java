package dev.productops.standin.jira;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A parsed query of the supported JQL subset: clauses joined by AND, each restricting the project
 * or the issue key to a set of values (upper case), then ordering by key.
 */
public record JqlQuery(List<Set<String>> projectKeyClauses, List<Set<String>> issueKeyClauses,
                       boolean descending) {

    public JqlQuery {
        projectKeyClauses = List.copyOf(projectKeyClauses);
        issueKeyClauses = List.copyOf(issueKeyClauses);
    }

    /** The empty query: every issue, in key order. */
    public static JqlQuery everything() {
        return new JqlQuery(List.of(), List.of(), false);
    }

    public boolean matches(HostIssue issue, HostData data) {
        String projectKey = data.projectOf(issue).key().toUpperCase(Locale.ROOT);
        String issueKey = issue.key().toUpperCase(Locale.ROOT);
        return projectKeyClauses.stream().allMatch(keys -> keys.contains(projectKey))
                && issueKeyClauses.stream().allMatch(keys -> keys.contains(issueKey));
    }

    /** Natural key order ("ABC-2" before "ABC-10"), reversed for ORDER BY key DESC. */
    public Comparator<HostIssue> order() {
        Comparator<HostIssue> byKey = Comparator.comparing(HostIssue::issueKey);
        return descending ? byKey.reversed() : byKey;
    }
}

package dev.productops.standin.jira;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.StatusCategory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A parsed query of the supported JQL subset: clauses joined by AND, each restricting the project or the issue
 * key to a set of values (upper case), the status category to one value or any other, or the resolution date to one
 * side of an instant, then the sort order.
 */
public record JqlQuery(List<Set<String>> projectKeyClauses, List<Set<String>> issueKeyClauses,
                       List<ResolvedBound> resolvedClauses, List<StatusCategoryClause> statusCategoryClauses,
                       List<SortKey> orderBy) {

    /** {@code statusCategory = Done} or {@code statusCategory != Done}. */
    public record StatusCategoryClause(StatusCategory category, boolean negated) {
        boolean matches(StatusCategory actual) {
            return (actual == category) != negated;
        }
    }

    /** {@code resolved >= "2026-09-07"}: the operator and the start of that day in the viewer's time zone. */
    public record ResolvedBound(String operator, Instant instant) {
        boolean matches(Instant resolved) {
            if (resolved == null) {
                return false; // Jira: an unresolved issue has no resolution date to compare
            }
            int comparison = resolved.compareTo(instant);
            return switch (operator) {
                case ">=" -> comparison >= 0;
                case ">" -> comparison > 0;
                case "<=" -> comparison <= 0;
                case "<" -> comparison < 0;
                default -> throw new IllegalStateException(operator);
            };
        }
    }

    /** One field of ORDER BY: {@code key} or {@code resolved}, ascending unless DESC. */
    public record SortKey(String field, boolean descending) {
    }

    public JqlQuery {
        projectKeyClauses = List.copyOf(projectKeyClauses);
        issueKeyClauses = List.copyOf(issueKeyClauses);
        resolvedClauses = List.copyOf(resolvedClauses);
        statusCategoryClauses = List.copyOf(statusCategoryClauses);
        orderBy = List.copyOf(orderBy);
    }

    /** The empty query: every issue, in key order. */
    public static JqlQuery everything() {
        return new JqlQuery(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The issues worth testing against {@link #matches}: a project or key clause narrows them through the stand-in's
     * indexes, as Jira's search index would, instead of a pass over every issue of the instance.
     */
    public List<HostIssue> candidates(HostData data) {
        if (!issueKeyClauses.isEmpty()) {
            return issueKeyClauses.get(0).stream().map(data::issueByKey).flatMap(java.util.Optional::stream).toList();
        }
        if (!projectKeyClauses.isEmpty()) {
            return projectKeyClauses.get(0).stream().map(data::projectByKey).flatMap(java.util.Optional::stream)
                    .flatMap(project -> data.issuesOf(project.id()).stream()).toList();
        }
        return data.issues();
    }

    public boolean matches(HostIssue issue, HostData data) {
        String projectKey = data.projectOf(issue).key().toUpperCase(Locale.ROOT);
        String issueKey = issue.key().toUpperCase(Locale.ROOT);
        return projectKeyClauses.stream().allMatch(keys -> keys.contains(projectKey))
                && issueKeyClauses.stream().allMatch(keys -> keys.contains(issueKey))
                && resolvedClauses.stream().allMatch(bound -> bound.matches(issue.resolutionDate()))
                && statusCategoryClauses.stream().allMatch(clause -> clause.matches(issue.statusCategory()));
    }

    /**
     * The ORDER BY fields in turn, then natural key order ("ABC-2" before "ABC-10") to break ties. Issues without
     * a resolution date come last whichever way resolved is sorted.
     */
    public Comparator<HostIssue> order() {
        Comparator<HostIssue> order = (a, b) -> 0;
        for (SortKey sort : orderBy) {
            Comparator<HostIssue> field = sort.field().equals("resolved")
                    ? Comparator.comparing(HostIssue::resolutionDate,
                            Comparator.nullsLast(sort.descending() ? Comparator.<Instant>reverseOrder() : Comparator.<Instant>naturalOrder()))
                    : sort.descending() ? HostIssue.KEY_ORDER.reversed() : HostIssue.KEY_ORDER;
            order = order.thenComparing(field);
        }
        return order.thenComparing(HostIssue.KEY_ORDER);
    }
}

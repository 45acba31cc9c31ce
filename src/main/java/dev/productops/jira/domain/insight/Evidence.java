package dev.productops.jira.domain.insight;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The customer evidence behind one issue: its score, the headline counts and the insights, strongest first. */
public record Evidence(String issueKey, double score, int insightCount, int customerCount, long totalArr,
                       List<LinkedInsight> insights) {

    private static final Comparator<LinkedInsight> STRONGEST_FIRST = Comparator
            .comparing(LinkedInsight::importance).reversed()
            .thenComparing(LinkedInsight::linkedAt, Comparator.reverseOrder())
            .thenComparing(LinkedInsight::insightId);

    public static Evidence of(String issueKey, List<LinkedInsight> linked) {
        Objects.requireNonNull(issueKey, "issueKey");
        Set<Integer> seen = new HashSet<>();
        List<Customer> distinctCustomers = linked.stream()
                .map(LinkedInsight::customer).filter(Objects::nonNull)
                .filter(c -> seen.add(c.id())).toList();
        long totalArr = distinctCustomers.stream().mapToLong(Customer::annualRevenue).sum();
        List<LinkedInsight> ordered = linked.stream().sorted(STRONGEST_FIRST).toList();
        return new Evidence(issueKey, EvidenceScore.of(linked), linked.size(), distinctCustomers.size(), totalArr, ordered);
    }

    public boolean isEmpty() {
        return insights.isEmpty();
    }
}

package dev.productops.jira.domain.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The customer evidence behind one issue: its score, the headline counts and the insights, strongest first.
 * totalArr is in {@code currency}, the base currency.
 */
public record Evidence(String issueKey, double score, int insightCount, int customerCount, long totalArr,
                       String currency, List<LinkedInsight> insights, List<ScoreLine> breakdown) {

    /** One customer's part of the score: importance × segment weight × revenue factor = value. */
    public record ScoreLine(String customerName, int importance, double segmentWeight, double revenueFactor, double value) {
    }

    private static final Comparator<LinkedInsight> STRONGEST_FIRST = Comparator
            .comparing(LinkedInsight::importance).reversed()
            .thenComparing(LinkedInsight::linkedAt, Comparator.reverseOrder())
            .thenComparing(LinkedInsight::insightId);

    public static Evidence of(String issueKey, List<LinkedInsight> linked, EvidenceScore score) {
        Objects.requireNonNull(issueKey, "issueKey");
        List<LinkedInsight> ordered = linked.stream().sorted(STRONGEST_FIRST).toList();
        // Strongest first, so the first link seen of each customer is its strongest.
        Map<Integer, Customer> names = new HashMap<>();
        List<EvidenceScore.CustomerSupport> distinctCustomers = new ArrayList<>();
        for (LinkedInsight insight : ordered) {
            Customer c = insight.customer();
            if (c != null && names.putIfAbsent(c.id(), c) == null) {
                distinctCustomers.add(new EvidenceScore.CustomerSupport(c.id(), insight.importance().level(),
                        c.annualRevenue(), c.currency(), c.segment()));
            }
        }
        List<ScoreLine> breakdown = score.terms(distinctCustomers).stream()
                .map(t -> new ScoreLine(names.get(t.customerId()).name(), t.importance(), t.segmentWeight(),
                        t.revenueFactor(), t.value()))
                .toList();
        return new Evidence(issueKey, score.of(linked), linked.size(), distinctCustomers.size(),
                score.totalArr(distinctCustomers), score.rates().base(), ordered, breakdown);
    }

    public boolean isEmpty() {
        return insights.isEmpty();
    }
}

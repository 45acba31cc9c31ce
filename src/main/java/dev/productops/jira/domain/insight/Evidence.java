package dev.productops.jira.domain.insight;

import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * One pass over the links after sorting them: the issue view pays this on every view, and for a typical issue it was
     * as much CPU as the database read (docs/performance.md), so the customers' terms are worked out once and serve
     * both the score and the breakdown.
     */
    public static Evidence of(String issueKey, List<LinkedInsight> linked, EvidenceScore score) {
        Objects.requireNonNull(issueKey, "issueKey");
        List<LinkedInsight> ordered = new ArrayList<>(linked);
        ordered.sort(STRONGEST_FIRST);
        // Strongest first, so the first link seen of each customer is its strongest.
        Map<Integer, Customer> names = new HashMap<>();
        List<EvidenceScore.CustomerSupport> distinctCustomers = new ArrayList<>();
        int anonymousLevels = 0;
        for (LinkedInsight insight : ordered) {
            Customer c = insight.customer();
            if (c == null) {
                anonymousLevels += insight.importance().level();
            } else if (names.putIfAbsent(c.id(), c) == null) {
                distinctCustomers.add(new EvidenceScore.CustomerSupport(c.id(), insight.importance().level(),
                        c.annualRevenue(), c.currency(), c.segment()));
            }
        }
        List<EvidenceScore.Term> terms = score.terms(distinctCustomers);
        List<ScoreLine> breakdown = new ArrayList<>(terms.size());
        for (EvidenceScore.Term t : terms) {
            breakdown.add(new ScoreLine(names.get(t.customerId()).name(), t.importance(), t.segmentWeight(),
                    t.revenueFactor(), t.value()));
        }
        return new Evidence(issueKey, score.of(terms, anonymousLevels), linked.size(), distinctCustomers.size(),
                score.totalArr(distinctCustomers), score.rates().base(), Collections.unmodifiableList(ordered),
                Collections.unmodifiableList(breakdown));
    }

    public boolean isEmpty() {
        return insights.isEmpty();
    }
}

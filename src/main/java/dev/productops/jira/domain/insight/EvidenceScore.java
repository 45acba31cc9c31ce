package dev.productops.jira.domain.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How strongly customer evidence supports an issue (version 2). Defined once here and used by the panel, the
 * library, the metrics (also through SQL) and the API; the README explains it with worked examples.
 *
 * <pre>
 * score = Σ over distinct customers c:  importance(c) × segmentWeight(c) × (1 + log10(1 + ARR_base(c) / 100,000))
 *       + Σ over insights without a customer:  importance(i) × 0.5
 * </pre>
 * importance is the 0–3 level of the customer's strongest link (ten quotes from one customer count once);
 * segmentWeight is what administrators set for the customer's segment (1 when unset); ARR_base is the customer's
 * ARR in the base currency. The revenue factor is 1 for a customer without ARR, 2 at 900k, 3 at 9.9M: it ranks
 * revenue across issues, but logarithmically, so a whale does not outweigh many mid-size customers and importance
 * (a factor 3 between critical and nice-to-have) still dominates. The reference is fixed (100,000 base units) so
 * that a customer's contribution does not depend on which other customers share the issue. The result is rounded
 * to one decimal.
 */
public final class EvidenceScore {
    static final double ANONYMOUS_WEIGHT = 0.5;
    static final double REFERENCE_ARR = 100_000;

    private final ExchangeRates rates;
    /** By segment key: customers saved before the managed list may spell a listed segment in another case. */
    private final Map<String, Double> weightByKey;

    public EvidenceScore(ExchangeRates rates, Map<String, Double> segmentWeights) {
        this.rates = rates;
        Map<String, Double> byKey = new java.util.HashMap<>();
        segmentWeights.forEach((segment, weight) -> byKey.put(SegmentList.keyOf(segment), weight));
        this.weightByKey = Map.copyOf(byKey);
    }

    /** A customer behind an issue: the strongest importance among its links, and its ARR in its own currency. */
    public record CustomerSupport(int customerId, int strongestLevel, long annualRevenue, String currency, String segment) {
    }

    /** One customer's share of the score, so a PM can explain the number. */
    public record Term(int customerId, int importance, double segmentWeight, double revenueFactor, double value) {
    }

    public ExchangeRates rates() {
        return rates;
    }

    public double of(Collection<LinkedInsight> evidence) {
        Map<Integer, CustomerSupport> customers = new HashMap<>();
        int anonymousLevels = 0;
        for (LinkedInsight insight : evidence) {
            Customer customer = insight.customer();
            int level = insight.importance().level();
            if (customer == null) {
                anonymousLevels += level;
            } else {
                customers.merge(customer.id(), new CustomerSupport(customer.id(), level, customer.annualRevenue(),
                                customer.currency(), customer.segment()),
                        (a, b) -> a.strongestLevel() >= b.strongestLevel() ? a : b);
            }
        }
        return of(customers.values(), anonymousLevels);
    }

    /**
     * The same score from what SQL can aggregate: one entry per distinct customer, and the sum of the importance
     * levels of the links whose insight has no customer.
     */
    public double of(Collection<CustomerSupport> customers, int anonymousLevels) {
        return of(terms(customers), anonymousLevels);
    }

    /** The score from terms already worked out (the panel shows them too), so they are computed once per read. */
    public double of(List<Term> terms, int anonymousLevels) {
        double sum = anonymousLevels * ANONYMOUS_WEIGHT;
        for (Term term : terms) {
            sum += term.value();
        }
        return Math.round(sum * 10) / 10.0;
    }

    /** Each customer's term, largest first. */
    public List<Term> terms(Collection<CustomerSupport> customers) {
        List<Term> terms = new ArrayList<>();
        for (CustomerSupport c : customers) {
            double weight = segmentWeight(c.segment());
            double factor = 1 + Math.log10(1 + arrInBase(c.annualRevenue(), c.currency()) / REFERENCE_ARR);
            terms.add(new Term(c.customerId(), c.strongestLevel(), weight, factor, c.strongestLevel() * weight * factor));
        }
        terms.sort(Comparator.comparingDouble(Term::value).reversed().thenComparingInt(Term::customerId));
        return terms;
    }

    public double segmentWeight(String segment) {
        return segment == null ? 1.0 : weightByKey.getOrDefault(SegmentList.keyOf(segment), 1.0);
    }

    /**
     * ARR in base units. A currency without a rate cannot be created or kept once rates are saved; should one
     * still turn up, its revenue counts as unknown (0) rather than breaking the panel.
     */
    public double arrInBase(long annualRevenue, String currency) {
        return rates.toBase(annualRevenue, currency).orElse(0.0);
    }

    /** The total ARR of these customers in base units, rounded to a whole unit. */
    public long totalArr(Collection<CustomerSupport> customers) {
        double sum = 0;
        for (CustomerSupport c : customers) {
            sum += arrInBase(c.annualRevenue(), c.currency());
        }
        return Math.round(sum);
    }
}

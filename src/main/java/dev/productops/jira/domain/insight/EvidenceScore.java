package dev.productops.jira.domain.insight;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How strongly customer evidence supports an issue. Defined once here; the README explains it with
 * worked examples.
 *
 * <pre>
 * score = Σ over distinct customers c:  w(c) × (1 + ARR(c) / ARR(all customers linked to the issue))
 *       + Σ over insights without a customer:  w(i) × 0.5
 * </pre>
 * where w is the importance level (0–3) of the link; a customer linked through several insights counts
 * once, with its strongest link, so ten quotes from one customer do not outweigh two customers. ARR
 * only reorders customers among themselves (the bonus sums to at most 1 per issue), so a big account
 * cannot drown out many smaller ones. The result is rounded to one decimal.
 */
public final class EvidenceScore {
    private static final double ANONYMOUS_WEIGHT = 0.5;

    private EvidenceScore() {
    }

    public static double of(Collection<LinkedInsight> evidence) {
        Map<Integer, Customer> customers = new HashMap<>();
        Map<Integer, Integer> strongestLevel = new HashMap<>();
        double anonymous = 0;
        for (LinkedInsight insight : evidence) {
            Customer customer = insight.customer();
            if (customer == null) {
                anonymous += insight.importance().level() * ANONYMOUS_WEIGHT;
            } else {
                customers.put(customer.id(), customer);
                strongestLevel.merge(customer.id(), insight.importance().level(), Math::max);
            }
        }
        long totalArr = customers.values().stream().mapToLong(Customer::annualRevenue).sum();
        double fromCustomers = 0;
        for (Customer customer : customers.values()) {
            double arrShare = totalArr == 0 ? 0 : (double) customer.annualRevenue() / totalArr;
            fromCustomers += strongestLevel.get(customer.id()) * (1 + arrShare);
        }
        return Math.round((fromCustomers + anonymous) * 10) / 10.0;
    }
}

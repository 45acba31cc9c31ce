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

    /** A customer behind an issue: the strongest importance among its links, and its annual revenue. */
    public record CustomerSupport(int customerId, int strongestLevel, long annualRevenue) {
    }

    public static double of(Collection<LinkedInsight> evidence) {
        Map<Integer, CustomerSupport> customers = new HashMap<>();
        int anonymousLevels = 0;
        for (LinkedInsight insight : evidence) {
            Customer customer = insight.customer();
            int level = insight.importance().level();
            if (customer == null) {
                anonymousLevels += level;
            } else {
                customers.merge(customer.id(), new CustomerSupport(customer.id(), level, customer.annualRevenue()),
                        (a, b) -> a.strongestLevel() >= b.strongestLevel() ? a : b);
            }
        }
        return of(customers.values(), anonymousLevels);
    }

    /**
     * The same score from what SQL can aggregate: one entry per distinct customer, and the sum of the importance
     * levels of the links whose insight has no customer.
     */
    public static double of(Collection<CustomerSupport> customers, int anonymousLevels) {
        long totalArr = customers.stream().mapToLong(CustomerSupport::annualRevenue).sum();
        double fromCustomers = 0;
        for (CustomerSupport customer : customers) {
            double arrShare = totalArr == 0 ? 0 : (double) customer.annualRevenue() / totalArr;
            fromCustomers += customer.strongestLevel() * (1 + arrShare);
        }
        return Math.round((fromCustomers + anonymousLevels * ANONYMOUS_WEIGHT) * 10) / 10.0;
    }
}

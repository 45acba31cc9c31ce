package dev.productops.jira.domain.insight;

import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** The worked examples of the README's "Evidence score" section. */
public class EvidenceScoreTest {
    private static final Customer ACME = new Customer(1, "Acme", "Enterprise", 300_000, "USD");
    private static final Customer GLOBEX = new Customer(2, "Globex", "Mid-market", 100_000, "USD");
    private static final Customer INITECH = new Customer(3, "Initech", "SMB", 0, "USD");

    private static int nextId = 1;

    private static LinkedInsight insight(Customer customer, Importance importance) {
        return new LinkedInsight(nextId++, "Quote", "They said it", SourceType.INTERVIEW, customer, importance, null,
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    public void noEvidenceScoresZero() {
        assertEquals(0.0, EvidenceScore.of(List.of()), 0.0);
    }

    @Test
    public void customersAreWeightedByImportanceAndArrShareAnonymousInsightsByHalf() {
        // Acme: 3 × (1 + 300k/400k) = 5.25; Globex: 2 × (1 + 100k/400k) = 2.5; survey without customer: 1 × 0.5
        double score = EvidenceScore.of(List.of(
                insight(ACME, Importance.CRITICAL),
                insight(GLOBEX, Importance.IMPORTANT),
                insight(null, Importance.NICE_TO_HAVE)));
        assertEquals(8.3, score, 0.0);
    }

    @Test
    public void aCustomerCountsOnceWithItsStrongestLink() {
        // Acme alone: 3 × (1 + 1) = 6; the nice-to-have quote from Acme adds nothing
        double score = EvidenceScore.of(List.of(insight(ACME, Importance.CRITICAL), insight(ACME, Importance.NICE_TO_HAVE)));
        assertEquals(6.0, score, 0.0);
    }

    @Test
    public void customersWithoutRevenueStillCountByImportance() {
        double score = EvidenceScore.of(List.of(insight(INITECH, Importance.IMPORTANT)));
        assertEquals(2.0, score, 0.0);
    }

    @Test
    public void notImportantLinksAddNothing() {
        assertEquals(0.0, EvidenceScore.of(List.of(insight(GLOBEX, Importance.NOT_IMPORTANT), insight(null, Importance.NOT_IMPORTANT))), 0.0);
    }

    @Test
    public void evidenceCountsDistinctCustomersAndListsStrongestFirst() {
        LinkedInsight weak = insight(ACME, Importance.NICE_TO_HAVE);
        LinkedInsight strong = insight(GLOBEX, Importance.CRITICAL);
        LinkedInsight alsoAcme = insight(ACME, Importance.IMPORTANT);
        Evidence evidence = Evidence.of("PAY-1", List.of(weak, strong, alsoAcme));
        assertEquals(3, evidence.insightCount());
        assertEquals(2, evidence.customerCount());
        assertEquals(400_000, evidence.totalArr());
        assertEquals(List.of(strong, alsoAcme, weak), evidence.insights());
    }
}

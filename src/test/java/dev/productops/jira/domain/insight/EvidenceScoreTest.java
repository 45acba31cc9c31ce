package dev.productops.jira.domain.insight;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The properties issue 10 asks of the score (version 2) and the README's worked examples. Expectations are computed
 * here from the README's formula, not by calling the code under test.
 */
public class EvidenceScoreTest {
    private static final ExchangeRates RATES = ExchangeRates.of("USD", Map.of("EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27")));
    private static final EvidenceScore SCORE = new EvidenceScore(RATES, Map.of());

    private static int nextId = 1;

    private static Customer customer(long arr, String currency) {
        return customer(arr, currency, "Mid-market");
    }

    private static Customer customer(long arr, String currency, String segment) {
        int id = nextId++;
        return new Customer(id, "Customer " + id, segment, arr, currency);
    }

    private static LinkedInsight insight(Customer customer, Importance importance) {
        return new LinkedInsight(nextId++, "Quote", "They said it", SourceType.INTERVIEW, customer, importance, null,
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    /** The README's per-customer term, written out independently of the code. */
    private static double term(int level, double weight, double arrInUsd) {
        return level * weight * (1 + Math.log10(1 + arrInUsd / 100_000));
    }

    private static double rounded(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @Test
    public void noEvidenceScoresZero() {
        assertEquals(0.0, SCORE.of(List.of()), 0.0);
    }

    @Test
    public void workedExampleOfTheReadme() {
        // Acme 300k USD critical, Globex 100k EUR important, a survey without customer nice-to-have
        double score = SCORE.of(List.of(
                insight(customer(300_000, "USD"), Importance.CRITICAL),
                insight(customer(100_000, "EUR"), Importance.IMPORTANT),
                insight(null, Importance.NICE_TO_HAVE)));
        double expected = 3 * (1 + Math.log10(4)) + 2 * (1 + Math.log10(2.08)) + 0.5;
        assertEquals(rounded(expected), score, 0.0);
        assertEquals(7.9, score, 0.0);
    }

    @Test
    public void revenueRanksAcrossIssues() {
        double small = SCORE.of(List.of(insight(customer(18_000, "USD"), Importance.CRITICAL)));
        double large = SCORE.of(List.of(insight(customer(610_000, "EUR"), Importance.CRITICAL)));
        assertEquals(rounded(term(3, 1, 18_000)), small, 0.0);
        assertEquals(rounded(term(3, 1, 610_000 * 1.08)), large, 0.0);
        assertTrue(large > small);
    }

    @Test
    public void tenMidSizeCustomersOutweighOneLargeWithDiminishingReturns() {
        List<LinkedInsight> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(insight(customer(50_000, "USD"), Importance.IMPORTANT));
        }
        double many = SCORE.of(ten);
        double whale = SCORE.of(List.of(insight(customer(5_000_000, "USD"), Importance.CRITICAL)));
        assertEquals(rounded(10 * term(2, 1, 50_000)), many, 0.0);
        assertEquals(rounded(term(3, 1, 5_000_000)), whale, 0.0);
        assertTrue(many > whale);
        // diminishing: 100 times the revenue is far less than 100 times the score
        double tiny = SCORE.of(List.of(insight(customer(50_000, "USD"), Importance.CRITICAL)));
        assertTrue(whale < 3 * tiny);
    }

    @Test
    public void importanceDominatesWithinACustomer() {
        Customer big = customer(2_000_000, "USD");
        Customer small = customer(20_000, "USD");
        double criticalSmall = SCORE.of(List.of(insight(small, Importance.CRITICAL)));
        double niceBig = SCORE.of(List.of(insight(big, Importance.NICE_TO_HAVE)));
        assertEquals(rounded(term(3, 1, 20_000)), criticalSmall, 0.0);
        assertEquals(rounded(term(1, 1, 2_000_000)), niceBig, 0.0);
        assertTrue(criticalSmall > niceBig);
        // and a customer counts once, with its strongest link
        assertEquals(rounded(term(3, 1, 2_000_000)),
                SCORE.of(List.of(insight(big, Importance.CRITICAL), insight(big, Importance.NICE_TO_HAVE))), 0.0);
    }

    @Test
    public void evidenceWithoutCustomerCountsButLess() {
        double anonymous = SCORE.of(List.of(insight(null, Importance.CRITICAL)));
        double withCustomer = SCORE.of(List.of(insight(customer(0, "USD"), Importance.CRITICAL)));
        assertEquals(1.5, anonymous, 0.0);
        assertEquals(3.0, withCustomer, 0.0);
        assertEquals(0.0, SCORE.of(List.of(insight(null, Importance.NOT_IMPORTANT))), 0.0);
    }

    @Test
    public void segmentsWeighAsAdministratorsSetDefaultOne() {
        EvidenceScore weighted = new EvidenceScore(RATES, Map.of("Enterprise", 2.0));
        Customer enterprise = customer(100_000, "USD", "Enterprise");
        Customer smb = customer(100_000, "USD", "SMB");
        assertEquals(rounded(term(2, 2.0, 100_000)), weighted.of(List.of(insight(enterprise, Importance.IMPORTANT))), 0.0);
        assertEquals(rounded(term(2, 1.0, 100_000)), weighted.of(List.of(insight(smb, Importance.IMPORTANT))), 0.0);
        assertEquals(rounded(term(2, 1.0, 100_000)), SCORE.of(List.of(insight(enterprise, Importance.IMPORTANT))), 0.0);
        // A customer saved before the managed list, spelling the listed segment in another case, weighs the same.
        Customer older = customer(100_000, "USD", "ENTERPRISE");
        assertEquals(rounded(term(2, 2.0, 100_000)), weighted.of(List.of(insight(older, Importance.IMPORTANT))), 0.0);
    }

    @Test
    public void stableWhenAmountsAreReExpressedInAnotherCurrency() {
        // 100,000 GBP is 127,000 USD at 1.27: the same customer, stored either way, scores the same
        double inPounds = SCORE.of(List.of(insight(customer(100_000, "GBP"), Importance.IMPORTANT)));
        double inDollars = SCORE.of(List.of(insight(customer(127_000, "USD"), Importance.IMPORTANT)));
        assertEquals(inDollars, inPounds, 0.0);
        assertEquals(rounded(term(2, 1, 127_000)), inPounds, 0.0);
    }

    @Test
    public void evidenceSumsArrInTheBaseCurrencyAndListsStrongestFirst() {
        Customer acme = customer(300_000, "USD");
        Customer globex = customer(100_000, "EUR");
        LinkedInsight weak = insight(acme, Importance.NICE_TO_HAVE);
        LinkedInsight strong = insight(globex, Importance.CRITICAL);
        LinkedInsight alsoAcme = insight(acme, Importance.IMPORTANT);
        Evidence evidence = Evidence.of("PAY-1", List.of(weak, strong, alsoAcme), SCORE);
        assertEquals(3, evidence.insightCount());
        assertEquals(2, evidence.customerCount());
        assertEquals(300_000 + 108_000, evidence.totalArr());
        assertEquals("USD", evidence.currency());
        assertEquals(List.of(strong, alsoAcme, weak), evidence.insights());
    }
}

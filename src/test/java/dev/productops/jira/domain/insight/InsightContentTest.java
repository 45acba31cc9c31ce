package dev.productops.jira.domain.insight;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

public class InsightContentTest {
    @Test
    public void acceptsAndTidiesWhatPeopleType() {
        InsightContent content = InsightContent.of("  Checkout is slow ", "line one\r\nline two\n", "Interview",
                "https://support.example.com/T-1", 7, "2026-11-02", List.of(" SSO", "sso", "", "Billing"));
        assertEquals("Checkout is slow", content.title());
        assertEquals("line one\nline two", content.quote());
        assertEquals(SourceType.INTERVIEW, content.source());
        assertEquals(LocalDate.of(2026, 11, 2), content.capturedOn());
        assertEquals("tags are kept as first typed, once each, ignoring case", List.of("SSO", "Billing"), content.tags());
    }

    @Test
    public void reportsEveryBrokenRuleAtOnce() {
        Map<String, String> errors = errorsOf(() -> InsightContent.of(" ", "x".repeat(70_000), "podcast", "ftp://files", -1, "tomorrow",
                List.of("t".repeat(51))));
        assertEquals(Map.of(
                "title", "This field is required.",
                "quote", "Must be at most 65536 bytes.",
                "source", "Must be one of [interview, support-ticket, survey, sales-call, usage-data, review, other].",
                "sourceUrl", "Must be an http or https address.",
                "customerId", "Must be the id of a customer.",
                "capturedOn", "Must be a date like 2026-11-26.",
                "tags", "Each tag must be at most 50 characters."), errors);
    }

    @Test
    public void limitsAreInclusiveAndQuoteSizeIsCountedInUtf8Bytes() {
        InsightContent.of("t".repeat(255), "é".repeat(32 * 1024), "survey", null, null, null, List.of());
        assertEquals(Map.of("quote", "Must be at most 65536 bytes."),
                errorsOf(() -> InsightContent.of("ok", "é".repeat(32 * 1024) + "x", "survey", null, null, null, List.of())));
        assertEquals(Map.of("title", "Must be at most 255 characters."),
                errorsOf(() -> InsightContent.of("t".repeat(256), "", "survey", null, null, null, List.of())));
    }

    @Test
    public void scriptUrlsAndRelativeUrlsAreNotSources() {
        for (String url : List.of("javascript:alert(1)", "data:text/html,x", "/relative", "http://")) {
            assertEquals(url, "Must be an http or https address.",
                    errorsOf(() -> InsightContent.of("t", "", "other", url, null, null, List.of())).get("sourceUrl"));
        }
    }

    @Test
    public void atMostTwentyTags() {
        List<String> tags = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList();
        assertEquals("At most 20 tags.", errorsOf(() -> InsightContent.of("t", "", "other", null, null, null, tags)).get("tags"));
    }

    @Test
    public void theFingerprintIgnoresCaseAndSpacingButNotMeaning() {
        InsightContent a = InsightContent.of("Checkout  is slow", "Carts time out", "interview", null, 1, "2026-11-02", List.of("x"));
        InsightContent b = InsightContent.of("checkout is SLOW", "carts time   out", "interview", null, 1, "2026-11-02", List.of());
        InsightContent otherCustomer = InsightContent.of("Checkout is slow", "Carts time out", "interview", null, 2, "2026-11-02", List.of());
        assertEquals(InsightFingerprint.of(a), InsightFingerprint.of(b));
        assertNotEquals(InsightFingerprint.of(a), InsightFingerprint.of(otherCustomer));
        assertEquals(64, InsightFingerprint.of(a).length());
    }

    @Test
    public void customersNeedANameNonNegativeRevenueAndAnIsoCurrency() {
        CustomerDetails acme = CustomerDetails.of(" Acme ", " ", null, "eur");
        assertEquals("Acme", acme.name());
        assertNull(acme.segment());
        assertEquals(0, acme.annualRevenue());
        assertEquals("EUR", acme.currency());
        assertEquals("acme", acme.nameKey());
        assertEquals(Map.of("name", "This field is required.", "arr", "Must not be negative.",
                        "currency", "Must be an ISO 4217 currency code such as USD or EUR."),
                errorsOf(() -> CustomerDetails.of("", null, -1L, "E")));
    }

    @Test
    public void editRightsBelongToTheAuthorAndTheCurators() {
        Insight insight = new Insight(1, InsightContent.of("t", "", "other", null, null, null, List.of()), "alice",
                java.time.Instant.EPOCH, java.time.Instant.EPOCH, 1);
        assertEquals(true, EditRights.canEdit(insight, "alice", false));
        assertEquals(false, EditRights.canEdit(insight, "bob", false));
        assertEquals(true, EditRights.canEdit(insight, "bob", true));
        assertEquals(false, EditRights.canEdit(insight, null, false));
    }

    private static Map<String, String> errorsOf(Runnable input) {
        try {
            input.run();
        } catch (InvalidInput e) {
            return e.errors();
        }
        fail("expected the input to be refused");
        return Map.of();
    }
}

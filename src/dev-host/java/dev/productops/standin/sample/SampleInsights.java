package dev.productops.standin.sample;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Customers and customer evidence for the sample organisation, captured through the plugin's REST API as admin
 * (so validation and permissions apply) the first time the stand-in starts with an empty database.
 */
public final class SampleInsights {
    private static final String[][] CUSTOMERS = {
            {"Northwind Traders", "Enterprise", "480000", "USD"},
            {"Globex Corporation", "Enterprise", "350000", "USD"},
            {"Initech", "Mid-market", "90000", "USD"},
            {"Umbrella Health", "Enterprise", "610000", "EUR"},
            {"Soylent Foods", "Mid-market", "120000", "EUR"},
            {"Hooli", "SMB", "24000", "USD"},
            {"Stark Logistics", "Mid-market", "150000", "GBP"},
            {"Wayne Retail", "SMB", "18000", "USD"},
    };
    private static final String[][] EVIDENCE = {
            {"Checkout times out on large carts", "\"Every Black Friday our biggest baskets fail at payment. We lose the customers who spend the most.\"", "interview"},
            {"Needs invoices with purchase-order numbers", "Finance cannot reconcile payments without the PO number on the invoice.", "sales-call"},
            {"Mobile app logs users out too often", "\"I have to log in three times a day on my phone.\"", "review"},
            {"SSO with Azure AD is a blocker for renewal", "Security review requires SAML SSO before the renewal in Q1.", "sales-call"},
            {"Search does not find partial SKUs", "Support ticket: typing part of a SKU returns nothing.", "support-ticket"},
            {"Export of usage data to CSV", "Survey: 38% of admins export data weekly and do it by hand.", "survey"},
            {"Saved carts vanish after app update", "Crash reports show the local cart store is wiped on upgrade.", "usage-data"},
            {"Refund status is not visible to customers", "\"My customers call us to ask where their refund is.\"", "interview"},
            {"Dashboards load slowly for big accounts", "P95 dashboard load is 9 s for accounts over 10k users.", "usage-data"},
            {"Wants Apple Pay in the checkout", "Three enterprise prospects asked for Apple Pay in one week.", "sales-call"},
            {"Data retention settings per region", "Legal needs EU data deleted after 30 days.", "interview"},
            {"Push notifications arrive twice", "\"Every order confirmation buzzes twice.\"", "review"},
    };

    /** Insights linked to recently delivered issues (on top of the 36 linked to open work). */
    static final int DELIVERED_EVIDENCE = 16;

    private SampleInsights() {
    }

    /** Does nothing when customers already exist: the database is reused between runs. */
    public static void seedIfEmpty(HostData data, PluginRestClient api, long seed) {
        if (api.get("/customers?maxResults=1").path("total").asInt() > 0) {
            return;
        }
        List<Integer> created = new ArrayList<>();
        for (String[] c : CUSTOMERS) {
            created.add(api.post("/customers", Map.of("name", c[0], "segment", c[1], "arr", Long.parseLong(c[2]), "currency", c[3]))
                    .path("id").asInt());
        }
        Random random = new Random(seed);
        List<HostIssue> open = data.issues().stream().filter(i -> !i.isDone()).toList();
        for (int i = 0; i < 36; i++) {
            String[] e = EVIDENCE[i % EVIDENCE.length];
            Integer customer = i % 5 == 4 ? null : created.get(random.nextInt(created.size()));
            List<Map<String, Object>> links = new ArrayList<>();
            for (int l = 0; l < 1 + random.nextInt(3); l++) {
                links.add(link(open.get(random.nextInt(open.size())).key(), 1 + random.nextInt(3)));
            }
            api.post("/insights", insight(e[0] + (i >= EVIDENCE.length ? " (" + (i / EVIDENCE.length + 1) + ")" : ""), e,
                    customer, LocalDate.of(2026, 10, 1).plusDays(i), e[2].equals("sales-call") ? "renewal" : "feedback",
                    links.stream().distinct().toList()));
        }
        captureEvidenceBehindDeliveredWork(data, api, created, random);
    }

    /**
     * Evidence linked to issues resolved in the last twelve weeks, captured in the weeks before, so that the metrics
     * gadget's evidence coverage and insight intake have something true to show from the first start.
     */
    private static void captureEvidenceBehindDeliveredWork(HostData data, PluginRestClient api, List<Integer> customers,
                                                           Random random) {
        LocalDate today = LocalDate.now();
        List<HostIssue> delivered = data.issues().stream()
                .filter(i -> i.isDone() && i.resolutionDate() != null)
                .filter(i -> !i.resolutionDate().isBefore(today.minusWeeks(12).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .toList();
        for (int i = 0; i < DELIVERED_EVIDENCE && !delivered.isEmpty(); i++) {
            String[] e = EVIDENCE[(i * 5) % EVIDENCE.length];
            HostIssue issue = delivered.get((i * 7) % delivered.size());
            Integer customer = i % 4 == 3 ? null : customers.get(random.nextInt(customers.size()));
            api.post("/insights", insight(e[0] + " (delivered " + (i + 1) + ")", e, customer, today.minusDays(84 - i * 5L),
                    "delivered", List.of(link(issue.key(), 1 + (i % 3)))));
        }
    }

    private static Map<String, Object> insight(String title, String[] evidence, Integer customerId, LocalDate capturedOn, String tag,
                                               List<Map<String, Object>> links) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("quote", evidence[1]);
        body.put("source", evidence[2]);
        body.put("customerId", customerId);
        body.put("capturedOn", capturedOn.toString());
        body.put("tags", List.of(tag));
        body.put("links", links);
        return body;
    }

    private static Map<String, Object> link(String issueKey, int importance) {
        return Map.of("issueKey", issueKey, "importance", importance);
    }
}

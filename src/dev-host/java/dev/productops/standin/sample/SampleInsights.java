package dev.productops.standin.sample;

import dev.productops.jira.application.insight.CustomerDirectory;
import dev.productops.jira.application.insight.InsightCatalogue;
import dev.productops.jira.application.insight.LinkRequest;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Customers and customer evidence for the sample organisation, captured through the plugin's own use cases
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
    public static void seedIfEmpty(HostData data, CustomerDirectory customers, InsightCatalogue insights, long seed) {
        SignedInUser.as(data.user("admin").orElseThrow(), () -> {
            if (customers.search("", 0, 1).total() > 0) {
                return null;
            }
            List<Customer> created = new ArrayList<>();
            for (String[] c : CUSTOMERS) {
                created.add(customers.add(CustomerDetails.of(c[0], c[1], Long.parseLong(c[2]), c[3])));
            }
            Random random = new Random(seed);
            List<HostIssue> open = data.issues().stream().filter(i -> !i.isDone()).toList();
            for (int i = 0; i < 36; i++) {
                String[] e = EVIDENCE[i % EVIDENCE.length];
                Customer customer = i % 5 == 4 ? null : created.get(random.nextInt(created.size()));
                InsightContent content = InsightContent.of(e[0] + (i >= EVIDENCE.length ? " (" + (i / EVIDENCE.length + 1) + ")" : ""),
                        e[1], e[2], null, customer == null ? null : customer.id(),
                        LocalDate.of(2026, 10, 1).plusDays(i).toString(), List.of(e[2].equals("sales-call") ? "renewal" : "feedback"));
                List<LinkRequest> links = new ArrayList<>();
                for (int l = 0; l < 1 + random.nextInt(3); l++) {
                    links.add(new LinkRequest(open.get(random.nextInt(open.size())).key(), 1 + random.nextInt(3), null));
                }
                insights.capture(content, links.stream().distinct().toList());
            }
            captureEvidenceBehindDeliveredWork(data, insights, created, random);
            return null;
        });
    }

    /**
     * Evidence linked to issues resolved in the last twelve weeks, captured in the weeks before, so that the metrics
     * gadget's evidence coverage and insight intake have something true to show from the first start.
     */
    private static void captureEvidenceBehindDeliveredWork(HostData data, InsightCatalogue insights, List<Customer> customers,
                                                           Random random) {
        LocalDate today = LocalDate.now();
        List<HostIssue> delivered = data.issues().stream()
                .filter(i -> i.isDone() && i.resolutionDate() != null)
                .filter(i -> !i.resolutionDate().isBefore(today.minusWeeks(12).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .toList();
        for (int i = 0; i < DELIVERED_EVIDENCE && !delivered.isEmpty(); i++) {
            String[] e = EVIDENCE[(i * 5) % EVIDENCE.length];
            HostIssue issue = delivered.get((i * 7) % delivered.size());
            Customer customer = i % 4 == 3 ? null : customers.get(random.nextInt(customers.size()));
            InsightContent content = InsightContent.of(e[0] + " (delivered " + (i + 1) + ")", e[1], e[2], null,
                    customer == null ? null : customer.id(), today.minusDays(84 - i * 5L).toString(), List.of("delivered"));
            insights.capture(content, List.of(new LinkRequest(issue.key(), 1 + (i % 3), null)));
        }
    }
}

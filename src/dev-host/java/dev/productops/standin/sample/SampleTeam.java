package dev.productops.standin.sample;

import java.util.List;

/**
 * One team of the sample organisation: its Jira project and the words its backlog is written in.
 * Summaries are built as template + feature + area, e.g. "Support Apple Pay in checkout".
 */
record SampleTeam(String key, String name, List<String> members, List<String> features, List<String> areas) {

    static final List<SampleTeam> ALL = List.of(
            new SampleTeam("PAY", "Payments",
                    List.of("priya.sharma", "jonas.weber", "aisha.khan"),
                    List.of("Apple Pay", "Google Pay", "card tokenisation", "refunds", "SEPA direct debit",
                            "3-D Secure challenges", "payment retries", "chargeback webhooks"),
                    List.of("the payment service", "checkout", "the merchant dashboard", "invoices")),
            new SampleTeam("CHK", "Checkout",
                    List.of("maria.garcia", "tom.okafor", "lucas.martin"),
                    List.of("guest checkout", "promo codes", "address autocomplete", "the order summary",
                            "gift cards", "delivery slots", "split shipments", "tax calculation"),
                    List.of("the cart", "the checkout page", "order confirmation", "mobile web checkout")),
            new SampleTeam("MOB", "Mobile App",
                    List.of("li.wei", "sofia.rossi", "tom.okafor"),
                    List.of("push notifications", "biometric login", "dark mode", "the offline cart", "deep links",
                            "in-app reviews", "order tracking", "onboarding screens"),
                    List.of("the iOS app", "the Android app", "the tablet layout", "the home screen")),
            new SampleTeam("PLAT", "Platform",
                    List.of("daniel.kim", "jonas.weber", "emma.johansson"),
                    List.of("the service mesh", "Kafka topics", "Postgres failover", "rate limiting",
                            "feature flags", "secrets rotation", "CI pipelines", "log retention"),
                    List.of("the EU cluster", "staging", "the API gateway", "the build farm")),
            new SampleTeam("SRCH", "Search",
                    List.of("emma.johansson", "lucas.martin", "li.wei"),
                    List.of("typo tolerance", "synonyms", "faceted filters", "autocomplete", "relevance tuning",
                            "product availability", "search analytics", "category boosts"),
                    List.of("product search", "the search API", "the results page", "the product index")),
            new SampleTeam("DATA", "Data & Analytics",
                    List.of("aisha.khan", "daniel.kim", "sofia.rossi"),
                    List.of("order events", "the revenue dashboard", "the churn model", "GDPR deletion",
                            "data quality checks", "cohort reports", "payment events", "A/B test metrics"),
                    List.of("the warehouse", "Looker", "the event pipeline", "the finance reports")));

    String lead() {
        return members.get(0);
    }
}

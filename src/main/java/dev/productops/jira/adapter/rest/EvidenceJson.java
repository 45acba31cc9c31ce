package dev.productops.jira.adapter.rest;

import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.Evidence;
import dev.productops.jira.domain.insight.LinkedInsight;

import java.util.List;

/** {@code GET /issues/{issueKey}/evidence}: the field names are part of the public API. */
public record EvidenceJson(String issueKey, double score, int insightCount, int customerCount, long totalArr, String currency,
                           List<LinkedInsightJson> insights) {

    public record CustomerJson(int id, String name, String segment, long arr, String currency) {
        static CustomerJson of(Customer customer) {
            return customer == null ? null : new CustomerJson(customer.id(), customer.name(), customer.segment(),
                    customer.annualRevenue(), customer.currency());
        }
    }

    public record LinkedInsightJson(int id, String title, String quote, String source, CustomerJson customer,
                                    int importance, String note, String linkedAt) {
        static LinkedInsightJson of(LinkedInsight insight) {
            return new LinkedInsightJson(insight.insightId(), insight.title(), insight.quote(), insight.source().id(),
                    CustomerJson.of(insight.customer()), insight.importance().level(), insight.note(),
                    insight.linkedAt().toString());
        }
    }

    static EvidenceJson of(Evidence evidence) {
        return new EvidenceJson(evidence.issueKey(), evidence.score(), evidence.insightCount(), evidence.customerCount(),
                evidence.totalArr(), evidence.currency(), evidence.insights().stream().map(LinkedInsightJson::of).toList());
    }
}

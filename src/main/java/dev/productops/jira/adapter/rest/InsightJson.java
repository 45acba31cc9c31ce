package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.insight.CustomerEntry;
import dev.productops.jira.application.insight.InsightView;
import dev.productops.jira.application.insight.VisibleLink;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;

import java.util.List;

/** JSON shapes of the insights API (field names are public API: see docs/openapi.yaml). */
final class InsightJson {
    private InsightJson() {
    }

    /** {@code version}: ignored on capture; on edit, the version that was read (an edit of an older one gets 409). */
    record InsightInput(String title, String quote, String source, String sourceUrl, Integer customerId, String capturedOn,
                        List<String> tags, List<LinkInput> links, Integer version) {
        InsightContent content() {
            return InsightContent.of(title, quote, source, sourceUrl, customerId, capturedOn, tags);
        }
    }

    record LinkInput(String issueKey, Integer importance, String note) {
    }

    record CustomerInput(String name, String segment, Long arr, String currency) {
    }

    record CustomerOut(int id, String name, String segment, long arr, String currency) {
        static CustomerOut of(Customer customer) {
            return customer == null ? null
                    : new CustomerOut(customer.id(), customer.name(), customer.segment(), customer.annualRevenue(), customer.currency());
        }
    }

    /** A customer as the customers page lists it: {@code insightCount} is what a delete or merge would touch. */
    record CustomerEntryOut(int id, String name, String segment, long arr, String currency, int insightCount) {
        static CustomerEntryOut of(CustomerEntry entry) {
            Customer customer = entry.customer();
            return new CustomerEntryOut(customer.id(), customer.name(), customer.segment(), customer.annualRevenue(),
                    customer.currency(), entry.insightCount());
        }
    }

    record LinkOut(String issueKey, String summary, int importance, String note, String linkedBy, String linkedAt) {
        static LinkOut of(VisibleLink link) {
            return new LinkOut(link.issueKey(), link.summary(), link.importance().level(), link.note(), link.linkedBy(),
                    link.linkedAt().toString());
        }
    }

    record InsightOut(int id, String title, String quote, String source, String sourceUrl, Integer customerId,
                      CustomerOut customer, String capturedOn, List<String> tags, String author, String authorDisplayName,
                      String created, String updated, int version, boolean canEdit, List<LinkOut> links) {
        static InsightOut of(InsightView view) {
            Insight insight = view.insight();
            InsightContent content = insight.content();
            return new InsightOut(insight.id(), content.title(), content.quote(), content.source().id(), content.sourceUrl(),
                    content.customerId(), CustomerOut.of(view.customer()),
                    content.capturedOn() == null ? null : content.capturedOn().toString(), content.tags(),
                    insight.authorKey(), view.authorDisplayName(), insight.created().toString(), insight.updated().toString(),
                    insight.version(), view.canEdit(), view.links().stream().map(LinkOut::of).toList());
        }
    }

    record PageOut<T>(int startAt, int maxResults, int total, List<T> values) {
    }

    record GroupJson(String group) {
    }
}

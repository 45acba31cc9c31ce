package dev.productops.jira.application.insight;

import dev.productops.jira.domain.insight.Customer;

/** A customer with the number of insights that name it: what a deletion or a merge would touch. */
public record CustomerEntry(Customer customer, int insightCount) {
}

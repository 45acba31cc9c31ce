package dev.productops.jira.application.insight;

import dev.productops.jira.application.PageRequest;

/**
 * A search of the customer list as someone asked for it: names containing the text (ignoring case and spacing),
 * one page of it. A page larger than {@link PageRequest#MAX} is cut to that size rather than refused,
 * as Jira's own paged resources do.
 */
public record CustomerQuery(String nameContains, int startAt, int maxResults) {
    public CustomerQuery {
        nameContains = nameContains == null ? "" : nameContains.strip();
        PageRequest page = new PageRequest(startAt, maxResults);
        startAt = page.startAt();
        maxResults = page.maxResults();
    }
}

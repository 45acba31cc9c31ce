package com.atlassian.jira.issue.search;

import java.util.List;

/** Declaration of the host type (jira-api 8+: generic, {@code getResults()}); only the members this app uses. Never packaged. */
public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int totalResultCount, int maxResultCount, int startIndex) {
        this.results = results;
        this.total = totalResultCount;
    }

    /** This page's results. */
    public List<T> getResults() {
        return results;
    }

    /** How many match in all, across every page. */
    public int getTotal() {
        return total;
    }
}

package dev.productops.jira.application;

/**
 * Which page of a long list someone wants. As Jira's own paged resources do, a page larger than {@link #MAX} is cut
 * to that size rather than refused, no size means {@link #DEFAULT_SIZE}, and a start before the first is the first.
 */
public record PageRequest(int startAt, int maxResults) {
    public static final int MAX = 100;
    public static final int DEFAULT_SIZE = 25;

    public PageRequest {
        startAt = Math.max(0, startAt);
        maxResults = maxResults <= 0 ? DEFAULT_SIZE : Math.min(maxResults, MAX);
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }
}

package com.atlassian.jira.web.bean;

/** Declaration of the host type (jira-api); only the members this app and the stand-in use. Never packaged. */
public class PagerFilter<T> {
    private int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}

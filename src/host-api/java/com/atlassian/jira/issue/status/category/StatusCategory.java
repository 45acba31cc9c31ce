package com.atlassian.jira.issue.status.category;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface StatusCategory {
    /** Compile-time constants are inlined into callers, so their values must match Jira's. */
    String TO_DO = "new";
    String IN_PROGRESS = "indeterminate";
    String COMPLETE = "done";

    Long getId();

    String getKey();

    String getName();

    String getColorName();
}

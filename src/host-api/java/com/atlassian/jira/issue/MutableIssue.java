package com.atlassian.jira.issue;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface MutableIssue extends Issue {
}

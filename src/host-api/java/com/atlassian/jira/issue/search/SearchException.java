package com.atlassian.jira.issue.search;

/**
 * Declaration of the host type (jira-api): the index could not be searched. The real class extends
 * {@code com.atlassian.jira.exception.JiraException}, left out as nothing here names it. Never packaged.
 */
public class SearchException extends Exception {
    public SearchException(String msg) {
        super(msg);
    }
}

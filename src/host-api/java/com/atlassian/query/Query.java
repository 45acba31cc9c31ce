package com.atlassian.query;

/** Declaration of the host type (jira-api): a parsed JQL query, passed from parseQuery to search untouched. Never packaged. */
public interface Query {
}

package com.atlassian.jira.issue.link;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface IssueLinkManager {
    IssueLink getIssueLink(Long issueLinkId);

    /** Every link of one type, in one query: what the daily dependency snapshot reads, instance-wide by design. */
    java.util.Collection<IssueLink> getIssueLinks(Long issueLinkTypeId);
}

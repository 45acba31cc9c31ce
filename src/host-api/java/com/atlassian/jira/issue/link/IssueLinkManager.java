package com.atlassian.jira.issue.link;

import java.util.List;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface IssueLinkManager {
    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);

    IssueLink getIssueLink(Long issueLinkId);

    /** Every link of one type, in one query: how the dependency board avoids a query per issue. */
    java.util.Collection<IssueLink> getIssueLinks(Long issueLinkTypeId);
}

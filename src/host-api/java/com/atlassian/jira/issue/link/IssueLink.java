package com.atlassian.jira.issue.link;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface IssueLink {
    Long getId();

    Long getLinkTypeId();

    Long getSourceId();

    Long getDestinationId();

    IssueLinkType getIssueLinkType();
}

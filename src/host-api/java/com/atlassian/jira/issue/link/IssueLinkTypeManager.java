package com.atlassian.jira.issue.link;

import java.util.Collection;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface IssueLinkTypeManager {
    Collection<IssueLinkType> getIssueLinkTypes();
}

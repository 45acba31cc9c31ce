package com.atlassian.jira.security.groups;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface GroupManager {
    /** Whether Jira (any of its user directories) has a group of this name. */
    boolean groupExists(String groupName);
}

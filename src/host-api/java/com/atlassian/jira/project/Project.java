package com.atlassian.jira.project;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}

package com.atlassian.jira.project;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String projectKey);
}

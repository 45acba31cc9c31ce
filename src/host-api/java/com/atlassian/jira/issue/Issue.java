package com.atlassian.jira.issue;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;
import java.util.Collection;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    Project getProjectObject();

    Long getProjectId();

    Status getStatus();

    ApplicationUser getAssignee();

    Timestamp getDueDate();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    Collection<Version> getFixVersions();
}

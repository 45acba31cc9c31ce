package com.atlassian.jira.project.version;

import java.util.Date;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface Version {
    Long getId();

    String getName();

    Long getProjectId();

    boolean isReleased();

    Date getReleaseDate();

    Date getStartDate();
}

package com.atlassian.jira.project.version;

import java.util.Collection;
import java.util.List;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface VersionManager {
    List<Version> getVersions(Long projectId);

    Collection<Long> getIssueIdsWithFixVersion(Version version);
}

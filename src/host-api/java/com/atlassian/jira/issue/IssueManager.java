package com.atlassian.jira.issue;

import org.ofbiz.core.entity.GenericEntityException;

import java.util.Collection;
import java.util.List;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);

    /** Reads the database directly, so Jira declares the entity engine's checked exception. */
    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;
}

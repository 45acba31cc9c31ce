package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);

    /** Declared with Jira's checked GenericEntityException left out: checked exceptions do not affect linking. */
    Collection<Long> getIssueIdsForProject(Long projectId);
}

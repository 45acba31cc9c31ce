package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface Status extends IssueConstant {
    StatusCategory getStatusCategory();
}

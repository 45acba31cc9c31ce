package org.ofbiz.core.entity;

import org.ofbiz.core.util.GeneralException;

/**
 * Declaration of the host type (Atlassian's OfBiz entity engine, shipped with Jira): the checked exception Jira's
 * database-backed managers declare, e.g. {@code IssueManager.getIssueIdsForProject}. Never packaged.
 */
public class GenericEntityException extends GeneralException {
    public GenericEntityException(String message) {
        super(message);
    }

    public GenericEntityException(String message, Throwable nested) {
        super(message, nested);
    }
}

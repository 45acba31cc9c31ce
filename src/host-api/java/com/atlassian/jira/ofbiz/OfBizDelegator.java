package com.atlassian.jira.ofbiz;

import org.ofbiz.core.entity.EntityCondition;

import java.util.Collection;
import java.util.List;

/**
 * Declaration of the host type (jira-api, {@code @PublicApi}): Jira's wrapper of its entity engine, which turns the
 * engine's checked GenericEntityException into {@link com.atlassian.jira.exception.DataAccessException}. Only the
 * member the app calls. Never packaged.
 */
public interface OfBizDelegator {
    String ISSUE_LINK = "IssueLink";

    /** Rows of {@code entityName} matching the condition, with only {@code fieldsToSelect} read (all when null or empty). */
    List findByCondition(String entityName, EntityCondition entityCondition, Collection fieldsToSelect);
}

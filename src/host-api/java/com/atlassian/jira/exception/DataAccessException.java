package com.atlassian.jira.exception;

/**
 * Declaration of the host type (jira-api, {@code @PublicApi}): what {@link com.atlassian.jira.ofbiz.OfBizDelegator}
 * throws when the entity engine fails, including a query naming an entity or field the model does not have.
 * Never packaged.
 */
public class DataAccessException extends RuntimeException {
    public DataAccessException(String message) {
        super(message);
    }

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    public DataAccessException(Throwable cause) {
        super(cause);
    }
}

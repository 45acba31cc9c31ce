package org.ofbiz.core.util;

/**
 * Declaration of the host type (Atlassian's OfBiz entity engine, shipped with Jira): the checked base of the entity
 * engine's exceptions. Declared only so that {@code GenericEntityException} keeps its real superclass chain. Never packaged.
 */
public class GeneralException extends Exception {
    public GeneralException(String message) {
        super(message);
    }

    public GeneralException(String message, Throwable nested) {
        super(message, nested);
    }
}

package org.ofbiz.core.entity;

/**
 * Declaration of the host type (Atlassian's entity engine): a query against something the entity model lacks (an
 * unknown entity or field). Never packaged.
 */
public class GenericModelException extends GenericEntityException {
    public GenericModelException(String message) {
        super(message);
    }
}

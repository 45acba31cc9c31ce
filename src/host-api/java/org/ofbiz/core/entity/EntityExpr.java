package org.ofbiz.core.entity;

/**
 * Declaration of the host type (Atlassian's entity engine): {@code field operator value}, e.g. {@code source IN (…)}.
 * The field name is checked against the entity model only when the query runs. Never packaged.
 */
public class EntityExpr extends EntityCondition {
    private final Object lhs;
    private final EntityOperator operator;
    private final Object rhs;

    public EntityExpr(String lhs, EntityOperator operator, Object rhs) {
        if (lhs == null) {
            throw new IllegalArgumentException("The field name cannot be null");
        }
        if (operator == null) {
            throw new IllegalArgumentException("The operator argument cannot be null");
        }
        this.lhs = lhs;
        this.operator = operator;
        this.rhs = rhs;
    }

    public Object getLhs() {
        return lhs;
    }

    public EntityOperator getOperator() {
        return operator;
    }

    public Object getRhs() {
        return rhs;
    }
}

package org.ofbiz.core.entity;

/**
 * Declaration of the host type (Atlassian's entity engine): a comparison operator. Operators are equal by id.
 * {@code IN} is an object-typed field, read with getstatic, so Jira's own instance is used at runtime. Never packaged.
 */
public class EntityOperator {
    public static final EntityOperator IN = new EntityOperator(7, "IN");
    public static final EntityOperator AND = new EntityOperator(10, "AND");

    private final int id;
    private final String code;

    public EntityOperator(int id, String code) {
        this.id = id;
        this.code = code;
    }

    public int getId() {
        return id;
    }

    public String getCode() {
        return code == null ? "null" : code;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof EntityOperator operator && operator.getId() == id;
    }
}

package org.ofbiz.core.entity.model;

/** Declaration of the host type (Atlassian's entity engine): one field of a model entity. Never packaged. */
public class ModelField {
    private String name = "";

    public ModelField() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

package org.ofbiz.core.entity.model;

import java.util.HashMap;
import java.util.Map;

/** Declaration of the host type (Atlassian's entity engine): an entity of the model and its fields. Never packaged. */
public class ModelEntity {
    private String entityName = "";
    private final Map<String, ModelField> fields = new HashMap<>();

    public ModelEntity() {
    }

    public String getEntityName() {
        return entityName;
    }

    public void setEntityName(String entityName) {
        this.entityName = entityName;
    }

    public ModelField getField(String fieldName) {
        return fieldName == null ? null : fields.get(fieldName);
    }

    public void addField(ModelField field) {
        if (field != null) {
            fields.put(field.getName(), field);
        }
    }
}

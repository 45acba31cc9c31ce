package org.ofbiz.core.entity;

import org.ofbiz.core.entity.model.ModelEntity;

import java.util.HashMap;
import java.util.Map;

/**
 * Declaration of the host type (Atlassian's entity engine): one row of an entity, field name to value. Reading a name
 * the entity does not define throws, as the engine does; a defined field that was not selected reads as null.
 * Never packaged.
 */
public class GenericEntity {
    private final ModelEntity modelEntity;
    private final Map<String, Object> fields;

    public GenericEntity(ModelEntity modelEntity, Map fields) {
        this.modelEntity = modelEntity;
        this.fields = new HashMap<>(fields);
    }

    public ModelEntity getModelEntity() {
        return modelEntity;
    }

    public String getEntityName() {
        return modelEntity.getEntityName();
    }

    public Object get(String name) {
        if (modelEntity.getField(name) == null) {
            throw new IllegalArgumentException("[GenericEntity.get] \"" + name + "\" is not a field of " + getEntityName());
        }
        return fields.get(name);
    }

    public Long getLong(String name) {
        return (Long) get(name);
    }
}

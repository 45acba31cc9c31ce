package org.ofbiz.core.entity;

import org.ofbiz.core.entity.model.ModelEntity;

import java.util.Map;

/** Declaration of the host type (Atlassian's entity engine): a row as the delegator returns it. Never packaged. */
public class GenericValue extends GenericEntity {
    public GenericValue(ModelEntity modelEntity, Map fields) {
        super(modelEntity, fields);
    }
}

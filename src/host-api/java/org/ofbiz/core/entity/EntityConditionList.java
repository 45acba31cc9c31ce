package org.ofbiz.core.entity;

import java.util.List;

/**
 * Declaration of the host type (Atlassian's entity engine): conditions joined by one operator, e.g.
 * {@code (source IN (…)) AND (linktype IN (…))}. Never packaged.
 */
public class EntityConditionList extends EntityCondition {
    private final List<? extends EntityCondition> conditionList;
    private final EntityOperator operator;

    public EntityConditionList(List<? extends EntityCondition> conditionList, EntityOperator operator) {
        this.conditionList = conditionList;
        this.operator = operator;
    }

    public EntityOperator getOperator() {
        return operator;
    }

    public EntityCondition getCondition(int index) {
        return conditionList.get(index);
    }

    public int getConditionListSize() {
        return conditionList.size();
    }
}

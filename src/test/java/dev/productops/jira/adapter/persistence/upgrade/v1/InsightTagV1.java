package dev.productops.jira.adapter.persistence.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** The tag table as model version 1 had it: no lower-case key. */
@Table("INSIGHT_TAG")
public interface InsightTagV1 extends Entity {
    @NotNull
    int getInsightId();

    void setInsightId(int insightId);

    @NotNull
    String getTag();

    void setTag(String tag);
}

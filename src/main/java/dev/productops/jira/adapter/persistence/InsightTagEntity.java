package dev.productops.jira.adapter.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One tag on one insight: a child table so that filtering by tag is an indexed lookup, not a LIKE over CSV. */
@Preload
@Table("INSIGHT_TAG")
public interface InsightTagEntity extends Entity {
    String INSIGHT_ID = "INSIGHT_ID";
    String TAG = "TAG";
    String TAG_KEY = "TAG_KEY";

    @NotNull
    @Indexed
    int getInsightId();

    void setInsightId(int insightId);

    /** As the user typed it. */
    @NotNull
    String getTag();

    void setTag(String tag);

    /** Lower case: what filters compare, through an index. Nullable only so older rows can be upgraded in place. */
    @Indexed
    String getTagKey();

    void setTagKey(String tagKey);
}

package dev.productops.jira.adapter.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

import java.util.Date;

/** Links an insight to a Jira issue, stored by issue id (keys change when issues move between projects). */
@Preload
@Table("INSIGHT_LINK")
public interface InsightLinkEntity extends Entity {
    String INSIGHT_ID = "INSIGHT_ID";
    String ISSUE_ID = "ISSUE_ID";

    @NotNull
    @Indexed
    int getInsightId();

    void setInsightId(int insightId);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** {@link dev.productops.jira.domain.insight.Importance#level()} */
    int getImportance();

    void setImportance(int importance);

    String getNote();

    void setNote(String note);

    String getLinkedBy();

    void setLinkedBy(String linkedBy);

    @NotNull
    Date getLinkedAt();

    void setLinkedAt(Date linkedAt);
}

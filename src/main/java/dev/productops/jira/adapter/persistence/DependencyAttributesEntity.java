package dev.productops.jira.adapter.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

import java.util.Date;

/** The attribute layer over one Jira issue link (by link id; no foreign key into Jira's tables). */
@Preload
@Table("DEP_ATTRIBUTES")
public interface DependencyAttributesEntity extends Entity {
    String LINK_ID = "LINK_ID";

    @NotNull
    @Indexed
    long getLinkId();

    void setLinkId(long linkId);

    Date getNeededBy();

    void setNeededBy(Date neededBy);

    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    String getState();

    void setState(String state);

    String getNote();

    void setNote(String note);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Date getUpdated();

    void setUpdated(Date updated);
}

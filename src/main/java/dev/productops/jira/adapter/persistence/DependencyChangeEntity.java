package dev.productops.jira.adapter.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

import java.util.Date;

/** One change of one planning attribute of a dependency (by Jira link id), for its history. */
@Preload
@Table("DEP_CHANGE")
public interface DependencyChangeEntity extends Entity {
    String LINK_ID = "LINK_ID";
    String CHANGED_AT = "CHANGED_AT";

    @NotNull
    @Indexed
    long getLinkId();

    void setLinkId(long linkId);

    @NotNull
    String getField();

    void setField(String field);

    String getOldValue();

    void setOldValue(String oldValue);

    String getNewValue();

    void setNewValue(String newValue);

    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);
}

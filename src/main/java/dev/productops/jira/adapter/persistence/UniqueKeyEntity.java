package dev.productops.jira.adapter.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The natural keys of our rows, one row each, unique in the database: see {@link UniqueKeys}. A table of its own
 * because AO makes a unique column NOT NULL, and a NOT NULL column cannot be added to a table that has rows.
 */
@Preload
@Table("UNIQUE_KEY")
public interface UniqueKeyEntity extends Entity {
    String KEY_VALUE = "KEY_VALUE";
    String OWNER = "OWNER";

    @NotNull
    @Unique
    String getKeyValue();

    void setKeyValue(String keyValue);

    /** The row the key belongs to ("insight:12", "customer:3", "dependency:10020"): its keys go when it goes. */
    @NotNull
    @Indexed
    String getOwner();

    void setOwner(String owner);
}

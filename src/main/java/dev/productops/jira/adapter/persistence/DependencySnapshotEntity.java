package dev.productops.jira.adapter.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One open cross-team dependency on one day, as the risk engine judged it (see DependencySnapshotJob). Written
 * and aggregated with plain SQL by {@link SqlDependencySnapshots}; declared here so that AO creates and migrates
 * the table like every other.
 */
@Table("DEP_SNAPSHOT")
public interface DependencySnapshotEntity extends Entity {
    @NotNull
    @Indexed
    Date getSnapshotDay();

    void setSnapshotDay(Date day);

    /** Indexed: the issue view's Dependencies panel looks up the few links of one issue. */
    @NotNull
    @Indexed
    long getLinkId();

    void setLinkId(long linkId);

    @NotNull
    long getBlockerId();

    void setBlockerId(long blockerId);

    @NotNull
    @Indexed
    long getBlockerProjectId();

    void setBlockerProjectId(long projectId);

    @NotNull
    @Indexed
    long getDependentProjectId();

    void setDependentProjectId(long projectId);

    /** {@link dev.productops.jira.domain.dependency.RiskState#id()} */
    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    @NotNull
    boolean isInCycle();

    void setInCycle(boolean inCycle);

    @NotNull
    boolean isStale();

    void setStale(boolean stale);

    @NotNull
    int getBlockerAgeDays();

    void setBlockerAgeDays(int days);

    /**
     * Which cycle of that day the dependency is in (the same number for every dependency of one cycle, meaningful
     * within the day only); null when it is in none, and in rows written before the column existed.
     */
    Long getCycleId();

    void setCycleId(Long cycleId);
}

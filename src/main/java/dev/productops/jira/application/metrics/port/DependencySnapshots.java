package dev.productops.jira.application.metrics.port;

import dev.productops.jira.domain.dependency.RiskState;
import dev.productops.jira.domain.metrics.DependencyHealth;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The daily record of open cross-team dependencies, kept because Jira keeps no history of links. One row per open
 * dependency per day; readers count only dependencies whose two projects they may browse.
 */
public interface DependencySnapshots {
    /** Replaces whatever was recorded for the day: a job that runs twice leaves one snapshot. */
    void replaceDay(LocalDate day, List<Row> rows);

    /** The days that have a snapshot, oldest first. */
    List<LocalDate> daysBetween(LocalDate from, LocalDate to);

    /**
     * The health on each of these days of the dependencies touching a scope project, counting only those whose
     * both projects are browsable.
     */
    Map<LocalDate, DependencyHealth> healthOn(Collection<LocalDate> days, Collection<Long> scopeProjectIds,
                                              Collection<Long> browsableProjectIds);

    /** Deletes snapshots older than the day, so the table stays the size of the history people look at. */
    void forgetBefore(LocalDate day);

    /** {@code cycleId}: the same number for the dependencies of one cycle on that day; null when not in a cycle. */
    record Row(long linkId, long blockerId, long blockerProjectId, long dependentProjectId, RiskState state, boolean inCycle,
               boolean stale, int blockerAgeDays, Long cycleId) {
        public Row(long linkId, long blockerId, long blockerProjectId, long dependentProjectId, RiskState state, boolean inCycle,
                   boolean stale, int blockerAgeDays) {
            this(linkId, blockerId, blockerProjectId, dependentProjectId, state, inCycle, stale, blockerAgeDays, null);
        }
    }
}

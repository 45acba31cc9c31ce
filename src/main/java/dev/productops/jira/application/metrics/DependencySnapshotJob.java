package dev.productops.jira.application.metrics;

import dev.productops.jira.application.dependency.ScopeAnalysis;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.DependencyAttributesStore;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.dependency.port.DependencySource.CrossProjectDependencies;
import dev.productops.jira.application.metrics.port.DependencySnapshots;
import dev.productops.jira.application.port.TimeZones;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Records, once a day, every open cross-team dependency of the instance as the risk engine judges it that day.
 * Jira keeps no history of links, so without this there would be no trend of dependency health.
 */
public class DependencySnapshotJob {
    /** Two years of history, what the longest metric period shows. */
    static final int KEEP_DAYS = 731;

    private final DependencySource source;
    private final DependencyLinkRules rules;
    private final DependencyAttributesStore attributes;
    private final DependencySnapshots snapshots;
    private final TimeZones zones;
    private final Clock clock;

    public DependencySnapshotJob(DependencySource source, DependencyLinkRules rules, DependencyAttributesStore attributes,
                                 DependencySnapshots snapshots, TimeZones zones, Clock clock) {
        this.source = source;
        this.rules = rules;
        this.attributes = attributes;
        this.snapshots = snapshots;
        this.zones = zones;
        this.clock = clock;
    }

    /** Today's snapshot, today in Jira's default zone as the job runs for nobody; how many dependencies it recorded. */
    public int takeSnapshot() {
        return takeSnapshotAsOf(LocalDate.now(clock.withZone(zones.defaultZone())));
    }

    /** The snapshot Jira's current links give when judged as of the day (used for today, and to seed sample history). */
    public int takeSnapshotAsOf(LocalDate day) {
        CrossProjectDependencies all = source.crossProjectDependencies(rules.current());
        ScopeAnalysis analysis = ScopeAnalysis.of(all.projects(), all.snapshot(),
                attributes.forLinks(all.snapshot().links().stream().map(BoardLink::linkId).toList()), day, zones.defaultZone());
        List<DependencySnapshots.Row> rows = CrossTeamDependencies.rows(analysis, day, zones.defaultZone());
        snapshots.replaceDay(day, rows);
        snapshots.forgetBefore(day.minusDays(KEEP_DAYS));
        return rows.size();
    }
}

package dev.productops.standin.sample;

import dev.productops.jira.application.metrics.DependencySnapshotJob;
import dev.productops.jira.application.metrics.port.DependencySnapshots;

import java.time.LocalDate;

/**
 * History for the dependency-health trend of the sample organisation: the plugin's own daily snapshot job, run
 * as of each of the last eight weeks over today's links (Jira keeps no link history to replay), then for today.
 * Does nothing when the database already holds recent snapshots.
 */
public final class SampleSnapshots {
    static final int WEEKS = 8;

    private SampleSnapshots() {
    }

    public static void seedIfEmpty(DependencySnapshotJob job, DependencySnapshots snapshots) {
        LocalDate today = LocalDate.now();
        if (!snapshots.daysBetween(today.minusWeeks(WEEKS + 2), today).isEmpty()) {
            return;
        }
        for (int week = WEEKS; week >= 1; week--) {
            job.takeSnapshotAsOf(today.minusWeeks(week));
        }
        job.takeSnapshot();
    }
}

package dev.productops.standin.sample;

import dev.productops.standin.host.StandInTimeZones;
import dev.productops.standin.osgi.PluginBundle;

import java.time.LocalDate;
import java.util.Collection;

/**
 * History for the dependency-health trend of the sample organisation: the plugin's own daily snapshot job, run
 * as of each of the last eight weeks over today's links (Jira keeps no link history to replay), then for today.
 * Does nothing when the database already holds recent snapshots.
 */
public final class SampleSnapshots {
    static final int WEEKS = 8;

    private SampleSnapshots() {
    }

    public static void seedIfEmpty(PluginBundle plugin) {
        // Today as the daily job sees it (Jira's default zone), so the seeded weeks end where its own snapshot lands.
        LocalDate today = LocalDate.now(StandInTimeZones.configuredDefault());
        Collection<?> days = (Collection<?>) plugin.invoke("dependencySnapshots", "daysBetween", today.minusWeeks(WEEKS + 2), today);
        if (!days.isEmpty()) {
            return;
        }
        for (int week = WEEKS; week >= 1; week--) {
            plugin.invoke("dependencySnapshotJob", "takeSnapshotAsOf", today.minusWeeks(week));
        }
        plugin.invoke("dependencySnapshotJob", "takeSnapshot");
    }
}

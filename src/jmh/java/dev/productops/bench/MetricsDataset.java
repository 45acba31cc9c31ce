package dev.productops.bench;

import dev.productops.jira.adapter.persistence.DependencySnapshotEntity;
import net.java.ao.RawEntity;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the metrics benchmark adds to the evidence dataset ({@link EvidenceDataset}, which must be there first):
 * <ul>
 *   <li>the dependency-snapshot table, filled by COPY when it does not hold this fill already: {@link #DAYS} weekly
 *       snapshot days × {@link #ROWS_PER_DAY} open dependencies between {@link #PROJECTS} projects;</li>
 *   <li>the Jira side, which the plugin asks Jira for and which is therefore not in the database: a deterministic
 *       {@link #RESOLVED} of the dataset's issue ids, each with a resolution day in the 12-week period.</li>
 * </ul>
 * Everything is derived from fixed seeds, so every fork and every run measures the same data.
 */
public final class MetricsDataset {
    public static final int DAYS = 26;
    public static final int ROWS_PER_DAY = 20_000;
    public static final int PROJECTS = 500;
    public static final long FIRST_PROJECT_ID = 10_000L;
    /** Distinct blockers a day: several dependencies share a blocker, as they do in Jira. */
    static final int BLOCKERS = 6_000;
    public static final int RESOLVED = 100_000;
    /** The last snapshot day and the end of the reporting period (the evidence dataset's "now" is 2025-06-01). */
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 1);
    /** Twelve weeks, Monday to Sunday. */
    public static final LocalDate PERIOD_FROM = LocalDate.of(2025, 3, 10);
    static final String SIGNATURE = "productops-bench snapshots v2 days=" + DAYS + " rows=" + ROWS_PER_DAY + " projects=" + PROJECTS;

    private static final String[] STATES = {"ok", "ok", "ok", "ok", "ok", "ok", "at-risk", "at-risk", "blocked", "conflict"};

    private final BenchDatabase db;
    private final DatasetShape shape;

    public MetricsDataset(BenchDatabase db, DatasetShape shape) {
        this.db = db;
        this.shape = shape;
    }

    /** The snapshot days, oldest first: one a week, ending on {@link #LAST_DAY}. */
    public static List<LocalDate> snapshotDays() {
        List<LocalDate> days = new ArrayList<>();
        for (int i = DAYS - 1; i >= 0; i--) {
            days.add(LAST_DAY.minusWeeks(i));
        }
        return days;
    }

    public static long projectId(int index) {
        return FIRST_PROJECT_ID + index;
    }

    /** True when the table was filled now, false when this fill was already there. */
    @SuppressWarnings("unchecked")
    public boolean ensureSnapshots() throws SQLException, IOException {
        db.migrate(List.of((Class<? extends RawEntity<?>>) (Class<?>) DependencySnapshotEntity.class));
        String table = db.qualified(DependencySnapshotEntity.class);
        try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT obj_description('" + table.replace("'", "''") + "'::regclass, 'pg_class'),"
                    + " (SELECT count(*) FROM " + table + ")")) {
                rs.next();
                if (SIGNATURE.equals(rs.getString(1)) && rs.getLong(2) == (long) DAYS * ROWS_PER_DAY) {
                    return false;
                }
            }
            statement.execute("SET synchronous_commit = off");
            statement.execute("TRUNCATE " + table);
            fill(connection, table);
            statement.execute("SELECT setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', 'ID'), "
                    + "(SELECT coalesce(max(\"ID\"), 0) + 1 FROM " + table + "), false)");
            statement.execute("VACUUM ANALYZE " + table);
            statement.execute("COMMENT ON TABLE " + table + " IS '" + SIGNATURE + "'");
            return true;
        }
    }

    private void fill(Connection connection, String table) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(shape.seed() + 20);
        long[] blockers = new long[BLOCKERS];
        int[] blockerProject = new int[BLOCKERS];
        int[] blockerCreatedDaysBefore = new int[BLOCKERS];
        java.util.Set<Long> distinct = new java.util.HashSet<>();
        for (int b = 0; b < BLOCKERS; b++) {
            // Distinct issues: one issue has one age on a day.
            do {
                blockers[b] = shape.firstIssueId() + random.nextInt(shape.issues());
            } while (!distinct.add(blockers[b]));
            blockerProject[b] = random.nextInt(PROJECTS);
            blockerCreatedDaysBefore[b] = random.nextInt(400);
        }
        List<LocalDate> days = snapshotDays();
        int id = 0;
        try (CopyRows rows = new CopyRows(connection, table, List.of("ID", "SNAPSHOT_DAY", "LINK_ID", "BLOCKER_ID",
                "BLOCKER_PROJECT_ID", "DEPENDENT_PROJECT_ID", "STATE", "IN_CYCLE", "STALE", "BLOCKER_AGE_DAYS"))) {
            for (int d = 0; d < days.size(); d++) {
                String day = days.get(d) + " 00:00:00";
                int weeksBeforeLast = days.size() - 1 - d;
                for (int r = 0; r < ROWS_PER_DAY; r++) {
                    int b = random.nextInt(BLOCKERS);
                    int dependentProject = random.nextInt(PROJECTS - 1);
                    if (dependentProject >= blockerProject[b]) {
                        dependentProject++;
                    }
                    rows.field(++id).field(day).field(1_000_000L + r).field(blockers[b])
                            .field(projectId(blockerProject[b])).field(projectId(dependentProject))
                            .field(STATES[random.nextInt(STATES.length)]).field(random.nextInt(100) < 5)
                            .field(random.nextInt(100) < 15)
                            .field(Math.max(0, blockerCreatedDaysBefore[b] - 7 * weeksBeforeLast));
                    rows.endRow();
                }
            }
        }
    }

    /** An issue Jira would report as resolved in the period. */
    public record Resolved(long issueId, LocalDate resolvedOn) {
    }

    /** {@link #RESOLVED} distinct issue ids of the evidence dataset, resolved on days spread over the period. */
    public List<Resolved> resolvedIssues() {
        SplittableRandom random = new SplittableRandom(shape.seed() + 21);
        long[] ids = new long[shape.issues()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = shape.firstIssueId() + i;
        }
        List<Resolved> resolved = new ArrayList<>(RESOLVED);
        for (int i = 0; i < RESOLVED; i++) {
            int j = i + random.nextInt(ids.length - i);
            long swap = ids[i];
            ids[i] = ids[j];
            ids[j] = swap;
            resolved.add(new Resolved(ids[i], PERIOD_FROM.plusDays(random.nextInt(84))));
        }
        return resolved;
    }
}

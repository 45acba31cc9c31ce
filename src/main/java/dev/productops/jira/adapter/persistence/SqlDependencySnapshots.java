package dev.productops.jira.adapter.persistence;

import dev.productops.jira.application.dependency.port.RecordedCycles;
import dev.productops.jira.application.metrics.port.DependencySnapshots;
import dev.productops.jira.domain.dependency.RiskState;
import dev.productops.jira.domain.metrics.DependencyHealth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The daily dependency snapshots in {@link DependencySnapshotEntity}'s table. A day is replaced in one transaction
 * with a batch insert; reads are GROUP BY queries whose rows are (day, project pair, state, flags) — a few per
 * project pair per day — and the viewer's project permissions are applied to those groups.
 */
public class SqlDependencySnapshots implements DependencySnapshots, RecordedCycles {
    private static final String TABLE = "DEP_SNAPSHOT";
    private static final int BATCH = 1000;

    private final PluginTables tables;

    public SqlDependencySnapshots(PluginTables tables) {
        this.tables = tables;
    }

    @Override
    public void replaceDay(LocalDate day, List<Row> rows) {
        tables.write((connection, t) -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + t.table(TABLE) + " WHERE " + t.column("SNAPSHOT_DAY") + " = ?")) {
                delete.setTimestamp(1, at(day));
                delete.executeUpdate();
            }
            String insert = "INSERT INTO " + t.table(TABLE) + " (" + String.join(", ", t.column("SNAPSHOT_DAY"), t.column("LINK_ID"),
                    t.column("BLOCKER_ID"), t.column("BLOCKER_PROJECT_ID"), t.column("DEPENDENT_PROJECT_ID"), t.column("STATE"),
                    t.column("IN_CYCLE"), t.column("STALE"), t.column("BLOCKER_AGE_DAYS"), t.column("CYCLE_ID")) + ") VALUES ("
                    + PluginTables.placeholders(10) + ")";
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                int pending = 0;
                for (Row row : rows) {
                    statement.setTimestamp(1, at(day));
                    statement.setLong(2, row.linkId());
                    statement.setLong(3, row.blockerId());
                    statement.setLong(4, row.blockerProjectId());
                    statement.setLong(5, row.dependentProjectId());
                    statement.setString(6, row.state().id());
                    statement.setBoolean(7, row.inCycle());
                    statement.setBoolean(8, row.stale());
                    statement.setInt(9, row.blockerAgeDays());
                    if (row.cycleId() == null) {
                        statement.setNull(10, java.sql.Types.BIGINT);
                    } else {
                        statement.setLong(10, row.cycleId());
                    }
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public List<LocalDate> daysBetween(LocalDate from, LocalDate to) {
        return tables.read((connection, t) -> {
            List<LocalDate> days = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT " + t.column("SNAPSHOT_DAY") + " FROM "
                    + t.table(TABLE) + " WHERE " + t.column("SNAPSHOT_DAY") + " >= ? AND " + t.column("SNAPSHOT_DAY") + " <= ?"
                    + " ORDER BY " + t.column("SNAPSHOT_DAY"))) {
                statement.setTimestamp(1, at(from));
                statement.setTimestamp(2, at(to));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        days.add(rows.getTimestamp(1).toLocalDateTime().toLocalDate());
                    }
                }
            }
            return days;
        });
    }

    @Override
    public Map<LocalDate, DependencyHealth> healthOn(Collection<LocalDate> days, Collection<Long> scopeProjectIds,
                                                     Collection<Long> browsableProjectIds) {
        if (days.isEmpty() || scopeProjectIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> browsable = new HashSet<>(browsableProjectIds);
        List<LocalDate> dayList = List.copyOf(days);
        List<Long> scope = List.copyOf(scopeProjectIds);
        return tables.read((connection, t) -> {
            String where = " FROM " + t.table(TABLE) + " WHERE " + t.column("SNAPSHOT_DAY") + " IN (" + PluginTables.placeholders(dayList.size())
                    + ") AND (" + t.column("BLOCKER_PROJECT_ID") + " IN (" + PluginTables.placeholders(scope.size()) + ") OR "
                    + t.column("DEPENDENT_PROJECT_ID") + " IN (" + PluginTables.placeholders(scope.size()) + "))";
            String pair = t.column("SNAPSHOT_DAY") + ", " + t.column("BLOCKER_PROJECT_ID") + ", " + t.column("DEPENDENT_PROJECT_ID");
            Map<LocalDate, int[]> counts = new TreeMap<>();
            Map<LocalDate, Map<Integer, Integer>> ages = new TreeMap<>();
            try (PreparedStatement byState = connection.prepareStatement("SELECT " + pair + ", " + t.column("STATE") + ", "
                    + t.column("IN_CYCLE") + ", " + t.column("STALE") + ", COUNT(*)" + where + " GROUP BY " + pair + ", "
                    + t.column("STATE") + ", " + t.column("IN_CYCLE") + ", " + t.column("STALE"))) {
                bind(byState, dayList, scope);
                try (ResultSet rows = byState.executeQuery()) {
                    while (rows.next()) {
                        if (visible(rows, browsable)) {
                            LocalDate day = rows.getTimestamp(1).toLocalDateTime().toLocalDate();
                            RiskState state = RiskState.ofId(rows.getString(4)).orElse(RiskState.OK);
                            int n = rows.getInt(7);
                            int[] c = counts.computeIfAbsent(day, d -> new int[4]);
                            c[0] += n;
                            c[1] += state.isProblem() ? n : 0;
                            c[2] += rows.getBoolean(5) ? n : 0;
                            c[3] += rows.getBoolean(6) ? n : 0;
                        }
                    }
                }
            }
            // The median age counts each blocker once, whichever dependencies it blocks.
            Map<LocalDate, Map<Long, Integer>> blockers = new HashMap<>();
            try (PreparedStatement blockerAges = connection.prepareStatement("SELECT " + pair + ", " + t.column("BLOCKER_ID") + ", "
                    + t.column("BLOCKER_AGE_DAYS") + where + " GROUP BY " + pair + ", " + t.column("BLOCKER_ID") + ", "
                    + t.column("BLOCKER_AGE_DAYS"))) {
                bind(blockerAges, dayList, scope);
                try (ResultSet rows = blockerAges.executeQuery()) {
                    while (rows.next()) {
                        if (visible(rows, browsable)) {
                            LocalDate day = rows.getTimestamp(1).toLocalDateTime().toLocalDate();
                            blockers.computeIfAbsent(day, d -> new HashMap<>()).put(rows.getLong(4), rows.getInt(5));
                        }
                    }
                }
            }
            blockers.forEach((day, ageByBlocker) -> ageByBlocker.values()
                    .forEach(age -> ages.computeIfAbsent(day, d -> new TreeMap<>()).merge(age, 1, Integer::sum)));
            Map<LocalDate, DependencyHealth> health = new TreeMap<>();
            for (LocalDate day : dayList) {
                int[] c = counts.getOrDefault(day, new int[4]);
                health.put(day, new DependencyHealth(c[0], c[1], c[2], c[3], DependencyHealth.median(ages.getOrDefault(day, Map.of()))));
            }
            return health;
        });
    }

    /**
     * One statement: the rows of the latest day whose cycle holds one of the links (LINK_ID is indexed, so the inner
     * query reads those links' rows, not the day's).
     */
    @Override
    public java.util.Optional<Recorded> latestThrough(Collection<Long> linkIds) {
        if (linkIds.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Long> links = List.copyOf(linkIds);
        return tables.read((connection, t) -> {
            String table = t.table(TABLE);
            String day = t.column("SNAPSHOT_DAY");
            String cycle = t.column("CYCLE_ID");
            String latest = "(SELECT MAX(" + day + ") FROM " + table + ")";
            String sql = "SELECT " + day + ", " + cycle + ", " + t.column("LINK_ID") + ", " + t.column("BLOCKER_ID") + ", "
                    + t.column("BLOCKER_PROJECT_ID") + ", " + t.column("DEPENDENT_PROJECT_ID") + " FROM " + table
                    + " WHERE " + day + " = " + latest + " AND " + cycle + " IN (SELECT " + cycle + " FROM " + table
                    + " WHERE " + day + " = " + latest + " AND " + cycle + " IS NOT NULL AND "
                    // An issue may have thousands of links: Oracle refuses more than 1,000 in one IN list.
                    + IdChunks.anyIn(t.column("LINK_ID"), links.size()) + ")";
            Set<Long> asked = new HashSet<>(links);
            LocalDate recordedOn = null;
            Map<Long, Set<Long>> through = new TreeMap<>();
            Map<Long, Set<Long>> issues = new HashMap<>();
            Map<Long, Set<Long>> projects = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < links.size(); i++) {
                    statement.setLong(i + 1, links.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        recordedOn = rows.getTimestamp(1).toLocalDateTime().toLocalDate();
                        long id = rows.getLong(2);
                        Set<Long> mine = through.computeIfAbsent(id, c -> new HashSet<>());
                        if (asked.contains(rows.getLong(3))) {
                            mine.add(rows.getLong(3));
                        }
                        // Every issue of a cycle blocks another issue of it, so its blockers are its issues.
                        issues.computeIfAbsent(id, c -> new HashSet<>()).add(rows.getLong(4));
                        Set<Long> touched = projects.computeIfAbsent(id, c -> new HashSet<>());
                        touched.add(rows.getLong(5));
                        touched.add(rows.getLong(6));
                    }
                }
            }
            if (recordedOn == null) {
                return java.util.Optional.<Recorded>empty();
            }
            List<Cycle> cycles = new ArrayList<>();
            through.forEach((id, mine) -> cycles.add(new Cycle(mine, issues.get(id), projects.get(id))));
            return java.util.Optional.of(new Recorded(recordedOn, cycles));
        });
    }

    @Override
    public void forgetBefore(LocalDate day) {
        tables.write((connection, t) -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + t.table(TABLE) + " WHERE " + t.column("SNAPSHOT_DAY") + " < ?")) {
                delete.setTimestamp(1, at(day));
                return delete.executeUpdate();
            }
        });
    }

    private static boolean visible(ResultSet rows, Set<Long> browsable) throws java.sql.SQLException {
        return browsable.contains(rows.getLong(2)) && browsable.contains(rows.getLong(3));
    }

    private static void bind(PreparedStatement statement, List<LocalDate> days, List<Long> scope) throws java.sql.SQLException {
        int i = 1;
        for (LocalDate day : days) {
            statement.setTimestamp(i++, at(day));
        }
        for (int pass = 0; pass < 2; pass++) {
            for (Long project : scope) {
                statement.setLong(i++, project);
            }
        }
    }

    /** Days are stored as local midnight, as AO stores java.sql.Date values in its timestamp columns. */
    private static Timestamp at(LocalDate day) {
        return Timestamp.valueOf(day.atStartOfDay());
    }
}

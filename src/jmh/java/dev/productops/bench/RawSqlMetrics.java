package dev.productops.bench;

import dev.productops.jira.adapter.persistence.CustomerEntity;
import dev.productops.jira.adapter.persistence.DependencySnapshotEntity;
import dev.productops.jira.adapter.persistence.InsightEntity;
import dev.productops.jira.adapter.persistence.InsightLinkEntity;
import dev.productops.jira.domain.insight.EvidenceScore;
import dev.productops.jira.domain.insight.EvidenceScore.CustomerSupport;
import dev.productops.jira.domain.metrics.DependencyHealth;
import dev.productops.jira.domain.metrics.InsightIntake;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baselines: each metric's aggregate as the most direct hand-written PostgreSQL would do it, on a pooled
 * connection in autocommit (no transaction, no portability): id lists go as ONE array parameter ({@code = ANY(?)}),
 * which is PostgreSQL-only and which the product therefore does not use (it must also run on Oracle, SQL Server,
 * MySQL, H2/HSQLDB, and chunks IN lists at 1000 for Oracle).
 */
public final class RawSqlMetrics {
    /** The benchmark's customers are all in USD, without segment weights: the formula needs no settings. */
    static final EvidenceScore FORMULA = new EvidenceScore(dev.productops.jira.domain.insight.ExchangeRates.DEFAULT, java.util.Map.of());

    private final BenchDatabase db;
    private final String supportSql;
    private final String intakeSql;
    private final String healthSql;
    private final String rankingSql;

    public RawSqlMetrics(BenchDatabase db) {
        this.db = db;
        String links = db.qualified(InsightLinkEntity.class);
        String insights = db.qualified(InsightEntity.class);
        String customers = db.qualified(CustomerEntity.class);
        String snapshots = db.qualified(DependencySnapshotEntity.class);
        // Same grouping as the product: the score needs each customer's strongest link and ARR, and the
        // importance sum of links without a customer.
        supportSql = "SELECT l.\"ISSUE_ID\", i.\"CUSTOMER_ID\", max(l.\"IMPORTANCE\"), sum(l.\"IMPORTANCE\"), count(*), max(c.\"ANNUAL_REVENUE\")"
                + " FROM " + links + " l JOIN " + insights + " i ON i.\"ID\" = l.\"INSIGHT_ID\""
                + " LEFT JOIN " + customers + " c ON c.\"ID\" = i.\"CUSTOMER_ID\""
                + " WHERE l.\"ISSUE_ID\" = ANY(?) GROUP BY l.\"ISSUE_ID\", i.\"CUSTOMER_ID\"";
        // Grouped by ISO week directly (date_trunc('week') is Monday-based), so fewer rows than per day.
        intakeSql = "SELECT CAST(date_trunc('week', coalesce(i.\"CAPTURED_ON\", i.\"CREATED\")) AS date), i.\"SOURCE\", c.\"SEGMENT\", count(*)"
                + " FROM " + insights + " i LEFT JOIN " + customers + " c ON c.\"ID\" = i.\"CUSTOMER_ID\""
                + " WHERE coalesce(i.\"CAPTURED_ON\", i.\"CREATED\") >= ? AND coalesce(i.\"CAPTURED_ON\", i.\"CREATED\") < ?"
                + " GROUP BY 1, 2, 3";
        // Everything in the database: permissions as two more array filters, counts with FILTER, the median of
        // distinct blockers' ages with percentile_disc(0.5) (the lower middle, as DependencyHealth.median).
        healthSql = "WITH v AS (SELECT * FROM " + snapshots + " WHERE \"SNAPSHOT_DAY\" = ANY(?)"
                + " AND (\"BLOCKER_PROJECT_ID\" = ANY(?) OR \"DEPENDENT_PROJECT_ID\" = ANY(?))"
                + " AND \"BLOCKER_PROJECT_ID\" = ANY(?) AND \"DEPENDENT_PROJECT_ID\" = ANY(?))"
                + " SELECT a.day, a.open, a.at_risk, a.cycles, a.stale, m.median FROM"
                + " (SELECT \"SNAPSHOT_DAY\" AS day, count(*) AS open,"
                + " count(*) FILTER (WHERE \"STATE\" IN ('at-risk', 'blocked', 'conflict')) AS at_risk,"
                + " count(*) FILTER (WHERE \"IN_CYCLE\") AS cycles, count(*) FILTER (WHERE \"STALE\") AS stale"
                + " FROM v GROUP BY \"SNAPSHOT_DAY\") a"
                + " JOIN (SELECT day, percentile_disc(0.5) WITHIN GROUP (ORDER BY age) AS median FROM"
                + " (SELECT DISTINCT \"SNAPSHOT_DAY\" AS day, \"BLOCKER_ID\", \"BLOCKER_AGE_DAYS\" AS age FROM v) d GROUP BY day) m"
                + " ON m.day = a.day";
        // The score formula in SQL: per (issue, customer) first, the issue's total ARR by a window, then per issue.
        // floor(x * 10 + 0.5) / 10 is Java's Math.round(x * 10) / 10.0 for these non-negative scores.
        rankingSql = "WITH pc AS (SELECT l.\"ISSUE_ID\" AS issue, i.\"CUSTOMER_ID\" AS customer, max(l.\"IMPORTANCE\") AS lvl,"
                + " sum(l.\"IMPORTANCE\") AS levels, count(*) AS n, max(c.\"ANNUAL_REVENUE\") AS arr"
                + " FROM " + links + " l JOIN " + insights + " i ON i.\"ID\" = l.\"INSIGHT_ID\""
                + " LEFT JOIN " + customers + " c ON c.\"ID\" = i.\"CUSTOMER_ID\""
                + " WHERE l.\"ISSUE_ID\" = ANY(?) GROUP BY l.\"ISSUE_ID\", i.\"CUSTOMER_ID\"),"
                + " t AS (SELECT pc.*, sum(CASE WHEN customer IS NULL THEN 0 ELSE arr END) OVER (PARTITION BY issue) AS total FROM pc),"
                + " s AS (SELECT issue, sum(n) AS insights, count(customer) AS customers,"
                + " floor((coalesce(sum(CASE WHEN customer IS NULL THEN 0 ELSE lvl * (1 + CASE WHEN total = 0 THEN 0"
                + " ELSE CAST(arr AS double precision) / total END) END), 0)"
                + " + coalesce(sum(levels) FILTER (WHERE customer IS NULL), 0) * 0.5) * 10 + 0.5) / 10 AS score FROM t GROUP BY issue)"
                + " SELECT issue, score, insights, customers FROM s ORDER BY score DESC, insights DESC, issue";
    }

    /** Evidence score of each issue that has evidence, from one GROUP BY; the same Java arithmetic as the product. */
    public Map<Long, Double> scoresOf(long[] issueIds) throws SQLException {
        Map<Long, List<CustomerSupport>> customers = new HashMap<>();
        Map<Long, Integer> anonymous = new HashMap<>();
        try (Connection connection = db.connection(); PreparedStatement statement = connection.prepareStatement(supportSql)) {
            statement.setArray(1, bigints(connection, issueIds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long issueId = rows.getLong(1);
                    int customerId = rows.getInt(2);
                    if (rows.wasNull()) {
                        anonymous.merge(issueId, rows.getInt(4), Integer::sum);
                        customers.computeIfAbsent(issueId, id -> new ArrayList<>());
                    } else {
                        customers.computeIfAbsent(issueId, id -> new ArrayList<>())
                                .add(new CustomerSupport(customerId, rows.getInt(3), rows.getLong(6), "USD", null));
                    }
                }
            }
        }
        Map<Long, Double> scores = new HashMap<>(customers.size() * 2);
        customers.forEach((id, list) -> scores.put(id, FORMULA.of(list, anonymous.getOrDefault(id, 0))));
        return scores;
    }

    /** Insights per ISO week (labelled by Monday), source and segment, ready for {@link InsightIntake#of}. */
    public List<InsightIntake.DayCount> intakeByWeek(LocalDate from, LocalDate to) throws SQLException {
        List<InsightIntake.DayCount> counts = new ArrayList<>();
        try (Connection connection = db.connection(); PreparedStatement statement = connection.prepareStatement(intakeSql)) {
            statement.setTimestamp(1, Timestamp.valueOf(from.atStartOfDay()));
            statement.setTimestamp(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.add(new InsightIntake.DayCount(rows.getDate(1).toLocalDate(), rows.getString(2), rows.getString(3), rows.getInt(4)));
                }
            }
        }
        return counts;
    }

    /** The health per day, computed entirely by the database. */
    public Map<LocalDate, DependencyHealth> healthOn(Collection<LocalDate> days, long[] scope, long[] browsable) throws SQLException {
        Map<LocalDate, DependencyHealth> health = new TreeMap<>();
        try (Connection connection = db.connection(); PreparedStatement statement = connection.prepareStatement(healthSql)) {
            statement.setArray(1, connection.createArrayOf("timestamp", days.stream().map(d -> Timestamp.valueOf(d.atStartOfDay())).toArray()));
            Array scopeArray = bigints(connection, scope);
            Array browsableArray = bigints(connection, browsable);
            statement.setArray(2, scopeArray);
            statement.setArray(3, scopeArray);
            statement.setArray(4, browsableArray);
            statement.setArray(5, browsableArray);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    health.put(rows.getTimestamp(1).toLocalDateTime().toLocalDate(), new DependencyHealth(rows.getInt(2), rows.getInt(3),
                            rows.getInt(4), rows.getInt(5), rows.getInt(6)));
                }
            }
        }
        for (LocalDate day : days) {
            health.putIfAbsent(day, DependencyHealth.of(List.of()));
        }
        return health;
    }

    /** One issue of the ranking. */
    public record Ranked(long issueId, double score, int insights, int customers) {
    }

    /** Every issue with evidence, best first (score, then insights, then id), scored and ordered by the database. */
    public List<Ranked> ranking(long[] issueIds) throws SQLException {
        List<Ranked> ranked = new ArrayList<>();
        try (Connection connection = db.connection(); PreparedStatement statement = connection.prepareStatement(rankingSql)) {
            statement.setArray(1, bigints(connection, issueIds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ranked.add(new Ranked(rows.getLong(1), rows.getDouble(2), rows.getInt(3), rows.getInt(4)));
                }
            }
        }
        return ranked;
    }

    private static Array bigints(Connection connection, long[] ids) throws SQLException {
        Long[] boxed = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = ids[i];
        }
        return connection.createArrayOf("bigint", boxed);
    }
}

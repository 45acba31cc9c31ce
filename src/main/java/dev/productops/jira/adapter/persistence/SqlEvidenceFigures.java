package dev.productops.jira.adapter.persistence;

import dev.productops.jira.application.metrics.port.EvidenceFigures;
import dev.productops.jira.domain.insight.EvidenceScore.CustomerSupport;
import dev.productops.jira.domain.metrics.InsightIntake;

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

/**
 * Evidence figures computed by the database: links are grouped by issue and customer, so what comes back is one
 * row per (issue, customer), never one per insight or link. IN lists are chunked at a thousand ids, two lists a
 * statement.
 */
public class SqlEvidenceFigures implements EvidenceFigures {
    private final PluginTables tables;

    public SqlEvidenceFigures(PluginTables tables) {
        this.tables = tables;
    }

    /**
     * IN lists per statement: Oracle takes at most 1000 items in one list, SQL Server at most 2100 parameters in one
     * statement, so two lists of a thousand OR'd together. Every statement also pays fixed costs (on PostgreSQL a
     * hash of the insights for the join, ~100 ms at 100k insights), so fewer statements is most of the speed.
     */
    static final int LISTS_PER_STATEMENT = 2;

    @Override
    public Map<Long, IssueSupport> supportOf(Collection<Long> issueIds) {
        Map<Long, Partial> partial = new HashMap<>();
        List<List<Long>> chunks = IdChunks.of(new java.util.LinkedHashSet<>(issueIds));
        tables.read((connection, t) -> {
            // Full statements all have the same SQL: one PreparedStatement for them, so the driver and the
            // database can reuse the parsed (and on PostgreSQL, after five runs, the prepared) statement.
            Map<String, PreparedStatement> prepared = new HashMap<>();
            try {
                for (int from = 0; from < chunks.size(); from += LISTS_PER_STATEMENT) {
                    List<List<Long>> lists = chunks.subList(from, Math.min(chunks.size(), from + LISTS_PER_STATEMENT));
                    String sql = supportSql(t, lists);
                    PreparedStatement statement = prepared.get(sql);
                    if (statement == null) {
                        statement = connection.prepareStatement(sql);
                        prepared.put(sql, statement);
                    }
                    int parameter = 1;
                    for (List<Long> list : lists) {
                        for (Long id : list) {
                            statement.setLong(parameter++, id);
                        }
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            long issueId = rows.getLong(1);
                            int customerId = rows.getInt(2);
                            boolean anonymous = rows.wasNull();
                            Partial p = partial.computeIfAbsent(issueId, id -> new Partial());
                            p.insights += rows.getInt(5);
                            if (anonymous) {
                                p.anonymousLevels += rows.getInt(4);
                            } else {
                                p.customers.add(new CustomerSupport(customerId, rows.getInt(3), rows.getLong(6), rows.getString(7),
                                        rows.getString(8)));
                            }
                        }
                    }
                }
            } finally {
                for (PreparedStatement statement : prepared.values()) {
                    statement.close();
                }
            }
            return null;
        });
        Map<Long, IssueSupport> support = new HashMap<>();
        partial.forEach((id, p) -> support.put(id, new IssueSupport(id, p.insights, p.customers, p.anonymousLevels)));
        return support;
    }

    /** One index-only pass over the links' issue column (it is indexed), never a row per insight. */
    @Override
    public Set<Long> linkedIssueIds() {
        return tables.read((connection, t) -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT DISTINCT " + t.column("ISSUE_ID") + " FROM " + t.table("INSIGHT_LINK"));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }

    private static String supportSql(PluginTables.Tables t, List<List<Long>> lists) throws java.sql.SQLException {
        List<String> in = new ArrayList<>();
        for (List<Long> list : lists) {
            in.add("l." + t.column("ISSUE_ID") + " IN (" + PluginTables.placeholders(list.size()) + ")");
        }
        return "SELECT l." + t.column("ISSUE_ID") + ", i." + t.column("CUSTOMER_ID") + ", MAX(l." + t.column("IMPORTANCE")
                + "), SUM(l." + t.column("IMPORTANCE") + "), COUNT(*), MAX(c." + t.column("ANNUAL_REVENUE") + "), MAX(c." + t.column("CURRENCY")
                + "), MAX(c." + t.column("SEGMENT") + ")"
                + " FROM " + t.table("INSIGHT_LINK") + " l"
                + " JOIN " + t.table("INSIGHT") + " i ON i." + t.column("ID") + " = l." + t.column("INSIGHT_ID")
                + " LEFT JOIN " + t.table("CUSTOMER") + " c ON c." + t.column("ID") + " = i." + t.column("CUSTOMER_ID")
                + " WHERE (" + String.join(" OR ", in) + ")"
                + " GROUP BY l." + t.column("ISSUE_ID") + ", i." + t.column("CUSTOMER_ID");
    }

    private static final class Partial {
        int insights;
        int anonymousLevels;
        final List<CustomerSupport> customers = new ArrayList<>();
    }

    @Override
    public List<InsightIntake.DayCount> intakeBetween(LocalDate from, LocalDate to) {
        return tables.read((connection, t) -> {
            // The day evidence was captured from the customer; the day it was recorded when nobody said.
            String day = "CAST(COALESCE(i." + t.column("CAPTURED_ON") + ", i." + t.column("CREATED") + ") AS DATE)";
            String sql = "SELECT " + day + ", i." + t.column("SOURCE") + ", c." + t.column("SEGMENT") + ", COUNT(*)"
                    + " FROM " + t.table("INSIGHT") + " i"
                    + " LEFT JOIN " + t.table("CUSTOMER") + " c ON c." + t.column("ID") + " = i." + t.column("CUSTOMER_ID")
                    + " WHERE COALESCE(i." + t.column("CAPTURED_ON") + ", i." + t.column("CREATED") + ") >= ?"
                    + " AND COALESCE(i." + t.column("CAPTURED_ON") + ", i." + t.column("CREATED") + ") < ?"
                    + " GROUP BY " + day + ", i." + t.column("SOURCE") + ", c." + t.column("SEGMENT");
            List<InsightIntake.DayCount> counts = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setTimestamp(1, Timestamp.valueOf(from.atStartOfDay()));
                statement.setTimestamp(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.add(new InsightIntake.DayCount(rows.getDate(1).toLocalDate(), rows.getString(2),
                                rows.getString(3), rows.getInt(4)));
                    }
                }
            }
            return counts;
        });
    }
}

package dev.productops.bench;

import dev.productops.jira.adapter.persistence.CustomerEntity;
import dev.productops.jira.adapter.persistence.InsightEntity;
import dev.productops.jira.adapter.persistence.InsightLinkEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: what a hand-written query costs for the rows the panel shows. One join, the columns the panel
 * needs, plain objects, a pooled connection: the least any implementation has to pay.
 */
public final class RawJdbcEvidence {
    private final BenchDatabase db;
    private final String sql;

    public RawJdbcEvidence(BenchDatabase db) {
        this.db = db;
        this.sql = "SELECT l.\"INSIGHT_ID\", l.\"IMPORTANCE\", l.\"NOTE\", l.\"LINKED_AT\", i.\"TITLE\", i.\"QUOTE\", i.\"SOURCE\","
                + " c.\"ID\", c.\"NAME\", c.\"SEGMENT\", c.\"ANNUAL_REVENUE\", c.\"CURRENCY\""
                + " FROM " + db.qualified(InsightLinkEntity.class) + " l"
                + " JOIN " + db.qualified(InsightEntity.class) + " i ON i.\"ID\" = l.\"INSIGHT_ID\""
                + " LEFT JOIN " + db.qualified(CustomerEntity.class) + " c ON c.\"ID\" = i.\"CUSTOMER_ID\""
                + " WHERE l.\"ISSUE_ID\" = ?";
    }

    /** One row of evidence, flat. */
    public record Row(int insightId, int importance, String note, Timestamp linkedAt, String title, String quote,
                      String source, Integer customerId, String customerName, String segment, long annualRevenue,
                      String currency) {
    }

    public List<Row> linkedTo(long issueId) throws SQLException {
        try (Connection connection = db.connection()) {
            return linkedTo(connection, issueId);
        }
    }

    /** The same query on a connection the caller holds (in a transaction, or SAL's), for {@link ReadPathParts}. */
    List<Row> linkedTo(Connection connection, long issueId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, issueId);
            try (ResultSet rs = statement.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    int customerId = rs.getInt(8);
                    Integer customer = rs.wasNull() ? null : customerId;
                    rows.add(new Row(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), customer, rs.getString(9), rs.getString(10), rs.getLong(11),
                            rs.getString(12)));
                }
                return rows;
            }
        }
    }
}

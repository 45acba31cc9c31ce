package dev.productops.bench;

import dev.productops.jira.adapter.persistence.InsightLinkEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The issues measured: a typical one (3 links: most issues have 0-5), a medium one (about 50) and the hottest.
 * Picked from the data itself (lowest id among equals), so every fork and every run measures the same issue.
 */
public enum IssueCase {
    TYPICAL("= 3"),
    MEDIUM("BETWEEN 45 AND 55"),
    HOT(">= (SELECT max(n) FROM per_issue)");

    private final String linkCountCondition;

    IssueCase(String linkCountCondition) {
        this.linkCountCondition = linkCountCondition;
    }

    /** An issue of this case. */
    public record Picked(long issueId, String issueKey, int links) {
    }

    public Picked pick(BenchDatabase db) throws SQLException {
        String sql = "WITH per_issue AS (SELECT \"ISSUE_ID\" AS issue, count(*) AS n FROM " + db.qualified(InsightLinkEntity.class)
                + " GROUP BY \"ISSUE_ID\") SELECT issue, n FROM per_issue WHERE n " + linkCountCondition
                + " ORDER BY abs(n - 50), issue LIMIT 1";
        try (Connection connection = db.connection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("No issue in the dataset for case " + this);
            }
            long issueId = rs.getLong(1);
            return new Picked(issueId, "BENCH-" + issueId, rs.getInt(2));
        }
    }
}

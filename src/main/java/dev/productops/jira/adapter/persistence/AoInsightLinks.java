package dev.productops.jira.adapter.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.productops.jira.application.port.InsightLinks;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.LinkedInsight;
import dev.productops.jira.domain.insight.SourceType;
import dev.productops.jira.domain.insight.EvidenceLink;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Insight links in Active Objects. Reading an issue's evidence is one plain SQL statement over our tables, whatever the
 * count; writes go through AO.
 */
public class AoInsightLinks implements InsightLinks {
    private final ActiveObjects ao;
    private final PluginTables tables;
    private final UniqueKeys keys;
    private volatile String evidenceSql;

    public AoInsightLinks(ActiveObjects ao, PluginTables tables) {
        this.ao = ao;
        this.tables = tables;
        this.keys = new UniqueKeys(ao);
    }

    /**
     * One join of links, insights and customers, naming only the columns the panel shows. AO returns one entity type
     * per query, so through AO this took three statements, and each paid AO's fixed cost (building the SQL, naming
     * every column, a proxy per row): 2.2–3.4× a hand-written join in the paired benchmark (docs/performance.md).
     */
    @Override
    public List<LinkedInsight> linkedTo(long issueId) {
        return tables.read((connection, t) -> {
            List<LinkedInsight> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(evidenceSql(t))) {
                statement.setLong(1, issueId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        result.add(toLinkedInsight(rows));
                    }
                }
            }
            return result;
        });
    }

    /** Built on the first read: where our tables live and how names are quoted do not change while the plugin runs. */
    private String evidenceSql(PluginTables.Tables t) throws SQLException {
        String sql = evidenceSql;
        if (sql == null) {
            sql = "SELECT i." + t.column("ID") + ", i." + t.column(InsightEntity.TITLE) + ", i." + t.column(InsightEntity.QUOTE)
                    + ", i." + t.column(InsightEntity.SOURCE) + ", c." + t.column("ID") + ", c." + t.column("NAME")
                    + ", c." + t.column("SEGMENT") + ", c." + t.column(CustomerEntity.ANNUAL_REVENUE) + ", c." + t.column("CURRENCY")
                    + ", l." + t.column("IMPORTANCE") + ", l." + t.column("NOTE") + ", l." + t.column("LINKED_AT")
                    + " FROM " + t.table("INSIGHT_LINK") + " l"
                    + " JOIN " + t.table("INSIGHT") + " i ON i." + t.column("ID") + " = l." + t.column(InsightLinkEntity.INSIGHT_ID)
                    + " LEFT JOIN " + t.table("CUSTOMER") + " c ON c." + t.column("ID") + " = i." + t.column(InsightEntity.CUSTOMER_ID)
                    + " WHERE l." + t.column(InsightLinkEntity.ISSUE_ID) + " = ?";
            evidenceSql = sql;
        }
        return sql;
    }

    /** A concurrent link of the same pair fails to claim the pair's key; the transaction's rerun updates that link. */
    @Override
    public boolean link(int insightId, long issueId, Importance importance, String note, String linkedBy, Instant linkedAt) {
        InsightLinkEntity[] existing = ao.find(InsightLinkEntity.class, Query.select()
                .where(InsightLinkEntity.INSIGHT_ID + " = ? AND " + InsightLinkEntity.ISSUE_ID + " = ?", insightId, issueId));
        if (existing.length > 0) {
            InsightLinkEntity link = existing[0];
            link.setImportance(importance.level());
            link.setNote(note);
            link.setLinkedBy(linkedBy);
            link.setLinkedAt(Date.from(linkedAt));
            link.save();
            return false;
        }
        keys.claim(UniqueKeys.link(insightId, issueId), UniqueKeys.insight(insightId));
        ao.create(InsightLinkEntity.class, new DBParam(InsightLinkEntity.INSIGHT_ID, insightId),
                new DBParam(InsightLinkEntity.ISSUE_ID, issueId), new DBParam("IMPORTANCE", importance.level()),
                new DBParam("NOTE", note), new DBParam("LINKED_BY", linkedBy), new DBParam("LINKED_AT", Date.from(linkedAt)));
        return true;
    }

    @Override
    public boolean unlink(int insightId, long issueId) {
        keys.release(UniqueKeys.link(insightId, issueId));
        return ao.deleteWithSQL(InsightLinkEntity.class,
                InsightLinkEntity.INSIGHT_ID + " = ? AND " + InsightLinkEntity.ISSUE_ID + " = ?", insightId, issueId) > 0;
    }

    @Override
    public Map<Integer, List<EvidenceLink>> linksOf(Collection<Integer> insightIds) {
        Map<Integer, List<EvidenceLink>> byInsight = new HashMap<>();
        for (List<Integer> chunk : IdChunks.of(new LinkedHashSet<>(insightIds))) {
            InsightLinkEntity[] rows = ao.find(InsightLinkEntity.class, Query.select()
                    .where(IdChunks.inClause(InsightLinkEntity.INSIGHT_ID, chunk.size()), chunk.toArray()));
            for (InsightLinkEntity row : rows) {
                byInsight.computeIfAbsent(row.getInsightId(), id -> new ArrayList<>()).add(new EvidenceLink(row.getInsightId(),
                        row.getIssueId(), Importance.ofLevel(row.getImportance()).orElse(Importance.NOT_IMPORTANT),
                        row.getNote(), row.getLinkedBy(), row.getLinkedAt().toInstant()));
            }
        }
        return byInsight;
    }

    private static LinkedInsight toLinkedInsight(ResultSet row) throws SQLException {
        int customerId = row.getInt(5);
        Customer customer = row.wasNull() ? null
                : new Customer(customerId, row.getString(6), row.getString(7), row.getLong(8), row.getString(9));
        return new LinkedInsight(
                row.getInt(1),
                row.getString(2),
                row.getString(3),
                SourceType.ofId(row.getString(4)).orElse(SourceType.OTHER),
                customer,
                Importance.ofLevel(row.getInt(10)).orElse(Importance.NOT_IMPORTANT),
                row.getString(11),
                row.getTimestamp(12).toInstant());
    }
}

package dev.productops.jira.adapter.persistence;

import dev.productops.jira.application.port.TagCounts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Tag use counted by the database: one GROUP BY over the indexed lower-case key, never the insights themselves.
 * The row limit goes through JDBC ({@code setMaxRows}), which every database Jira supports honours without its own
 * LIMIT/TOP/FETCH dialect.
 */
public class SqlTagCounts implements TagCounts {
    private final PluginTables tables;

    public SqlTagCounts(PluginTables tables) {
        this.tables = tables;
    }

    @Override
    public List<TagUse> mostUsedStartingWith(String keyPrefix, int limit) {
        return tables.read((connection, t) -> {
            String key = t.column(InsightTagEntity.TAG_KEY);
            String sql = "SELECT " + key + ", MIN(" + t.column(InsightTagEntity.TAG) + "), COUNT(*) FROM " + t.table("INSIGHT_TAG")
                    + " WHERE " + key + " LIKE ? ESCAPE '!' GROUP BY " + key + " ORDER BY COUNT(*) DESC, " + key;
            List<TagUse> uses = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, keyPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                statement.setMaxRows(limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        uses.add(new TagUse(rows.getString(2), rows.getInt(3)));
                    }
                }
            }
            return uses;
        });
    }
}

package dev.productops.jira.adapter.persistence;

import dev.productops.jira.application.port.SegmentUse;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Segments in use, counted by the database in one GROUP BY over the indexed lower-case segment, never per customer. */
public class SqlSegmentUse implements SegmentUse {
    private final PluginTables tables;

    public SqlSegmentUse(PluginTables tables) {
        this.tables = tables;
    }

    @Override
    public Map<String, Integer> customersBySegment() {
        return tables.read((connection, t) -> {
            String key = t.column(CustomerEntity.SEGMENT_KEY);
            String sql = "SELECT MIN(" + t.column(CustomerEntity.SEGMENT) + "), COUNT(*) FROM " + t.table("CUSTOMER")
                    + " WHERE " + key + " IS NOT NULL GROUP BY " + key + " ORDER BY " + key;
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        });
    }
}

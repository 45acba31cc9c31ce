package dev.productops.standin.host;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Plugin settings in the shared database, as Jira keeps them in {@code propertyentry}: a write on one node is what
 * the next read on any node sees. (Jira splits key and value over {@code propertyentry} and {@code propertystring};
 * one table is enough for string values.)
 */
public final class DatabasePluginSettings implements PluginSettingsStore {
    static final String TABLE = "propertyentry";

    private final SharedDatabase database;

    public DatabasePluginSettings(SharedDatabase database) {
        this.database = database;
        database.createTable(TABLE, "property_key VARCHAR(255) NOT NULL PRIMARY KEY, property_value VARCHAR(16000)");
    }

    @Override
    public String get(String key) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT property_value FROM " + TABLE + " WHERE property_key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }

    @Override
    public String put(String key, String value) {
        return database.inTransaction(connection -> {
            String previous;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT property_value FROM " + TABLE + " WHERE property_key = ? FOR UPDATE")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    previous = row.next() ? row.getString(1) : null;
                }
            }
            if (value == null) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE property_key = ?")) {
                    delete.setString(1, key);
                    delete.executeUpdate();
                }
                return previous;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + TABLE + " SET property_value = ? WHERE property_key = ?")) {
                update.setString(1, value);
                update.setString(2, key);
                if (update.executeUpdate() == 1) {
                    return previous;
                }
            }
            // A unique violation here (another node inserted the key meanwhile) rolls back and retries as an update.
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + TABLE + " (property_key, property_value) VALUES (?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, value);
                insert.executeUpdate();
            }
            return previous;
        });
    }
}

package dev.productops.standin.host;

import net.java.ao.EntityManager;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The host's own tables in the database every node shares (Jira keeps its scheduler and plugin settings there too):
 * short transactions over AO's connections, in the configured schema, retried when the database reports a
 * conflicting transaction on another node.
 */
public final class SharedDatabase {
    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final EntityManager entityManager;

    public SharedDatabase(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Creates a table unless it exists; two nodes starting together may both try, and one of them wins. */
    public void createTable(String name, String columns) {
        try {
            inTransaction(connection -> {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE TABLE IF NOT EXISTS " + name + " (" + columns + ")");
                }
                return null;
            });
        } catch (IllegalStateException raced) {
            inTransaction(connection -> {
                try (Statement probe = connection.createStatement()) {
                    probe.executeQuery("SELECT 1 FROM " + name + " WHERE 1 = 0").close();
                }
                return null;
            });
        }
    }

    public <T> T inTransaction(Work<T> work) {
        SQLException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try (Connection connection = entityManager.getProvider().getConnection()) {
                String schema = entityManager.getProvider().getSchema();
                if (schema != null && !schema.isBlank()) {
                    connection.setSchema(schema);
                }
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                last = e;
                if (!isConflict(e)) {
                    break;
                }
            }
        }
        throw new IllegalStateException("The stand-in's shared database failed: " + last.getMessage(), last);
    }

    /** Serialization failure, deadlock, or a unique key another node inserted first: worth another try. */
    private static boolean isConflict(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.equals("40001") || state.equals("40P01") || state.startsWith("23"));
    }
}

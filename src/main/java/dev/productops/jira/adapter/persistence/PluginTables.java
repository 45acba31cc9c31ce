package dev.productops.jira.adapter.persistence;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain SQL over the plugin's own Active Objects tables, through SAL's transactional executor: for aggregates
 * (GROUP BY) that AO cannot express, and for batch writes. Table names are those AO gives our entities; the schema
 * is found through JDBC metadata (the connection's own schema first), so the SQL is the same on every database.
 */
public class PluginTables {
    /** AO's table prefix for the namespace {@code dev.productops.jira} (see the README and AtlassianNamingTest). */
    static final String PREFIX = "AO_81842C_";

    /** Work done with a connection; SQL failures become {@link PluginSqlException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection, Tables tables) throws SQLException;
    }

    /** Quoted, schema-qualified names of our tables, and placeholders for IN lists. */
    public interface Tables {
        String table(String name) throws SQLException;

        String column(String name) throws SQLException;
    }

    public static final class PluginSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PluginSqlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final TransactionalExecutorFactory executors;
    /** Where each table lives does not change while the plugin runs; the same answer on every node. */
    private final Map<String, String> qualifiedNames = new ConcurrentHashMap<>();
    /** The database's quote for identifiers: the same for the plugin's life, asked once instead of on every read. */
    private volatile String quote;

    private final String prefix;

    public PluginTables(TransactionalExecutorFactory executors) {
        this(executors, PREFIX);
    }

    private PluginTables(TransactionalExecutorFactory executors, String prefix) {
        this.executors = executors;
        this.prefix = prefix;
    }

    /** For AO's test runner, which names tables AO_000000_…. */
    static PluginTables withPrefix(TransactionalExecutorFactory executors, String prefix) {
        return new PluginTables(executors, prefix);
    }

    public <T> T read(Work<T> work) {
        return run(true, work);
    }

    public <T> T write(Work<T> work) {
        return run(false, work);
    }

    private <T> T run(boolean readOnly, Work<T> work) {
        var executor = readOnly ? executors.createReadOnly() : executors.create();
        return executor.execute(connection -> {
            try {
                return work.run(connection, naming(connection));
            } catch (SQLException e) {
                throw new PluginSqlException("Product Ops for Jira could not read or write its tables: " + e.getMessage(), e);
            }
        });
    }

    /** "?, ?, ?" for an IN list of n values. */
    public static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private String identifierQuote(Connection connection) throws SQLException {
        String q = quote;
        if (q == null) {
            String databaseQuote = connection.getMetaData().getIdentifierQuoteString();
            q = databaseQuote == null || databaseQuote.isBlank() ? "" : databaseQuote.strip();
            quote = q;
        }
        return q;
    }

    private Tables naming(Connection connection) throws SQLException {
        String q = identifierQuote(connection);
        return new Tables() {
            @Override
            public String table(String name) throws SQLException {
                String table = prefix + name;
                String schema = qualifiedNames.get(table);
                if (schema == null) {
                    schema = schemaOf(connection, table);
                    qualifiedNames.put(table, schema);
                }
                return (schema.isEmpty() ? "" : q + schema + q + ".") + q + table + q;
            }

            @Override
            public String column(String name) {
                return q + name + q;
            }
        };
    }

    private static String schemaOf(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String current = connection.getSchema();
        if (current != null && exists(meta, current, table)) {
            return current;
        }
        Set<String> schemas = new TreeSet<>();
        try (ResultSet tables = meta.getTables(null, null, table, null)) {
            while (tables.next()) {
                String schema = tables.getString("TABLE_SCHEM");
                schemas.add(schema == null ? "" : schema);
            }
        }
        if (schemas.size() != 1) {
            throw new SQLException("The table " + table + " is not in the connection's schema (" + current + ") and is in "
                    + (schemas.isEmpty() ? "no other schema" : "several: " + schemas));
        }
        return schemas.iterator().next();
    }

    private static boolean exists(DatabaseMetaData meta, String schema, String table) throws SQLException {
        try (ResultSet tables = meta.getTables(null, schema, table, null)) {
            return tables.next();
        }
    }
}

package dev.productops.standin;

import org.junit.Assume;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL as .ci/run sets it up (database ao_test, user ao_user/ao_password). A test that needs it is skipped
 * without it, unless -Dproductops.browser.tests=required (CI), where its absence fails the test.
 */
final class CiPostgres {
    static final String URL = System.getProperty("productops.cluster.db.url", "jdbc:postgresql://localhost:5432/ao_test");
    static final String USER = "ao_user";
    static final String PASSWORD = "ao_password";

    private CiPostgres() {
    }

    static void assumeReachable(String test) {
        String failure;
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return;
        } catch (SQLException e) {
            failure = e.getMessage();
        }
        if ("required".equals(System.getProperty("productops.browser.tests"))) {
            throw new IllegalStateException("PostgreSQL is required for " + test + " (" + failure + "); run .ci/run");
        }
        Assume.assumeTrue("PostgreSQL is not reachable at " + URL + " as " + USER + " (" + failure + "): skipping " + test, false);
    }

    /** A fresh, empty schema for one run. */
    static String createSchema(String prefix) throws SQLException {
        String schema = prefix + "_" + Long.toString(System.nanoTime(), 36);
        sql("CREATE SCHEMA " + schema);
        return schema;
    }

    static void dropSchema(String schema) throws SQLException {
        sql("DROP SCHEMA " + schema + " CASCADE");
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}

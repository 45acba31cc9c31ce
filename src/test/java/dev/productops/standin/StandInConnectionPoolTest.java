package dev.productops.standin;

import dev.productops.standin.ao.JiraConnectionPool;
import dev.productops.standin.host.StandInDatabase;
import net.java.ao.EntityManager;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The stand-in on PostgreSQL lends pooled connections to AO and to SAL's executor, as Jira does: PostgreSQL sees one
 * backend (one connection, one authentication) for reads one after the other, never more backends than Jira's default
 * pool size under concurrency, and every read in AO's schema. Before the pool, each read was a new backend.
 */
public class StandInConnectionPoolTest {
    private static final int READS = 20;
    private static String schema;
    private static EntityManager entityManager;
    private static StandInDatabase database;

    @BeforeClass
    public static void openTheStandInsDatabase() throws SQLException {
        CiPostgres.assumeReachable("the stand-in's connection pool test");
        schema = CiPostgres.createSchema("pool");
        entityManager = JiraStandIn.openDatabase(new JiraStandIn.Database(CiPostgres.URL, CiPostgres.USER, CiPostgres.PASSWORD, schema),
                "dev.productops.jira");
        database = new StandInDatabase(entityManager);
    }

    @AfterClass
    public static void close() throws SQLException {
        if (entityManager != null) {
            entityManager.getProvider().dispose();
        }
        if (schema != null) {
            CiPostgres.dropSchema(schema);
        }
    }

    @Test
    public void readsOneAfterTheOtherUseOneDatabaseConnection() {
        Set<Integer> backends = new HashSet<>();
        for (int read = 0; read < READS; read++) {
            backends.add(database.createReadOnly().execute(StandInConnectionPoolTest::backendInSchema));
        }

        assertEquals("PostgreSQL backends for " + READS + " reads", 1, backends.size());
    }

    @Test
    public void activeObjectsBorrowsFromTheSamePool() throws SQLException {
        int sal = database.createReadOnly().execute(StandInConnectionPoolTest::backendInSchema);
        int ao;
        try (Connection connection = entityManager.getProvider().getConnection()) {
            ao = backend(connection);
        }

        assertEquals(sal, ao);
    }

    @Test
    public void concurrentReadsOpenNoMoreConnectionsThanJirasDefaultPool() throws Exception {
        int threads = JiraConnectionPool.SIZE + 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> reads = new ArrayList<>();
            for (int read = 0; read < threads * 2; read++) {
                reads.add(() -> database.createReadOnly().execute(connection -> {
                    sleep(connection);
                    return backendInSchema(connection);
                }));
            }
            Set<Integer> backends = new HashSet<>();
            for (Future<Integer> backend : pool.invokeAll(reads)) {
                backends.add(backend.get());
            }

            assertTrue("PostgreSQL backends for " + reads.size() + " concurrent reads: " + backends.size(),
                    backends.size() <= JiraConnectionPool.SIZE);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The connection's backend, after checking it reads AO's tables (a pooled connection must keep its schema). */
    private static int backendInSchema(Connection connection) {
        try {
            try (PreparedStatement statement = connection.prepareStatement("select current_schema()");
                 ResultSet row = statement.executeQuery()) {
                row.next();
                assertEquals(schema, row.getString(1));
            }
            return backend(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int backend(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_backend_pid()"); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Holds the connection long enough for the reads to overlap. */
    private static void sleep(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("select pg_sleep(0.05)"); ResultSet ignored = statement.executeQuery()) {
            return;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

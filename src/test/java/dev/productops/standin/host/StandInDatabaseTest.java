package dev.productops.standin.host;

import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.db.HSQLDatabaseProvider;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The stand-in's SAL executor over a pool: every callback sees AO's schema, and a connection the pool lends again is
 * not set again (on PostgreSQL each {@code setSchema} is a {@code SET search_path} round trip, which Jira's pool does
 * not make per borrow).
 */
public class StandInDatabaseTest {
    private final List<Connection> physical = new ArrayList<>();
    private final AtomicInteger schemaSets = new AtomicInteger();
    private Connection lent;
    private StandInDatabase database;

    @Before
    public void setUp() throws SQLException {
        lent = open();
        EntityManager entityManager = mock(EntityManager.class);
        when(entityManager.getProvider()).thenReturn(new HSQLDatabaseProvider(new OneConnectionPool(), "PUBLIC"));
        database = new StandInDatabase(entityManager);
    }

    @After
    public void closeAll() throws SQLException {
        for (Connection connection : physical) {
            connection.close();
        }
    }

    @Test
    public void aConnectionLentAgainKeepsItsSchemaWithoutBeingSetAgain() {
        for (int read = 0; read < 3; read++) {
            assertEquals("PUBLIC", database.createReadOnly().execute(StandInDatabaseTest::schema));
        }

        assertEquals(1, schemaSets.get());
    }

    @Test
    public void aNewConnectionIsSetToTheSchema() throws SQLException {
        database.createReadOnly().execute(StandInDatabaseTest::schema);
        lent = open();

        assertEquals("PUBLIC", database.create().execute(StandInDatabaseTest::schema));
        assertEquals(2, schemaSets.get());
    }

    private static String schema(Connection connection) {
        try {
            return connection.getSchema();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A physical connection in a schema other than AO's, as a pool would open it. */
    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:hsqldb:mem:standin-database-" + System.identityHashCode(this), "SA", "");
        if (physical.isEmpty()) {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA OTHER_SCHEMA");
            }
        }
        connection.setSchema("OTHER_SCHEMA");
        physical.add(connection);
        return connection;
    }

    /** Lends the current physical connection behind a pool's wrapper: closing it returns it, setSchema is counted. */
    private final class OneConnectionPool implements DisposableDataSource {
        @Override
        public Connection getConnection() {
            Connection target = lent;
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "close":
                                return null;
                            case "isClosed":
                                return false;
                            case "setSchema":
                                schemaSets.incrementAndGet();
                                break;
                            default:
                                break;
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
        }

        @Override
        public void dispose() {
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}

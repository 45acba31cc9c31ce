package dev.productops.standin.host;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.EntityManager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * SAL's transactional executor over the stand-in's database: the connection AO uses, set to AO's schema (as
 * Jira's connections are), committed on success and rolled back on failure, or part of the transaction already open. Every statement the plugin prepares
 * is reported to listeners, so tests count plain SQL as they count AO's.
 */
public final class StandInDatabase implements TransactionalExecutorFactory {
    private final EntityManager entityManager;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public StandInDatabase(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void addSqlListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void removeSqlListener(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /** What Jira's SAL implements; {@code create()} and {@code createReadOnly()} are SAL's defaults over it. */
    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor();
    }

    /** Read-only is a hint in SAL; the stand-in treats both modes alike. */
    private final class Executor implements TransactionalExecutor {

        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            try (Connection connection = entityManager.getProvider().getConnection()) {
                String schema = entityManager.getProvider().getSchema();
                if (schema != null && !schema.isBlank()) {
                    connection.setSchema(schema);
                }
                if (!connection.getAutoCommit()) {
                    // Already in a transaction (AO's, in tests): take part in it, as SAL does by default.
                    return callback.execute(reporting(connection));
                }
                connection.setAutoCommit(false);
                try {
                    A result = callback.execute(reporting(connection));
                    connection.commit();
                    return result;
                } catch (RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The stand-in database failed: " + e.getMessage(), e);
            }
        }
    }

    private Connection reporting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                            && args != null && args.length > 0 && args[0] instanceof String sql) {
                        listeners.forEach(listener -> listener.accept(sql));
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

package dev.productops.standin.host;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.EntityManager;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * SAL's transactional executor over the stand-in's database: the connection AO uses, set to AO's schema (as
 * Jira's connections are), committed on success and rolled back on failure, or part of the transaction already open. Every statement the plugin executes
 * is reported to listeners, so tests count plain SQL as they count AO's.
 */
public final class StandInDatabase implements TransactionalExecutorFactory {
    private final EntityManager entityManager;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    /**
     * Connections known to be in AO's schema. On PostgreSQL {@code setSchema} is a round trip ({@code SET search_path})
     * and so is {@code getSchema} on a bare connection; Jira's pool makes neither per borrow (docs/performance.md, "One
     * statement, without the stand-in's round trip"). A pool that unwraps to its physical connection (the benchmarks'
     * Hikari) is asked once per connection. The stand-in's DBCP pool unwraps to a new guard per borrow, so it is asked
     * each time, and answers from its cached state: its {@code defaultSchema} set the schema once per physical
     * connection. Weak: a connection the pool closes goes.
     */
    private final Set<Connection> inSchema = Collections.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<>()));

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
                    Connection physical = connection.unwrap(Connection.class);
                    if (!inSchema.contains(physical)) {
                        if (!schema.equals(connection.getSchema())) {
                            connection.setSchema(schema);
                        }
                        inSchema.add(physical);
                    }
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

    /**
     * Reports a statement each time it runs, not when it is prepared: a statement prepared once and executed for
     * every chunk is as many round trips as chunks, which is what the tests mean to count. A batch is one round trip.
     */
    private Connection reporting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (result instanceof PreparedStatement prepared && args != null && args.length > 0 && args[0] instanceof String sql) {
                        Class<?> type = result instanceof CallableStatement ? CallableStatement.class : PreparedStatement.class;
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{type},
                                (statementProxy, call, callArgs) -> {
                                    if (EXECUTIONS.contains(call.getName())) {
                                        listeners.forEach(listener -> listener.accept(sql));
                                    }
                                    return invoke(prepared, call, callArgs);
                                });
                    }
                    if (result instanceof Statement statement) {
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Statement.class},
                                (statementProxy, call, callArgs) -> {
                                    if (EXECUTIONS.contains(call.getName())) {
                                        String sql = callArgs != null && callArgs.length > 0 && callArgs[0] instanceof String text ? text : "(batch)";
                                        listeners.forEach(listener -> listener.accept(sql));
                                    }
                                    return invoke(statement, call, callArgs);
                                });
                    }
                    return result;
                });
    }

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

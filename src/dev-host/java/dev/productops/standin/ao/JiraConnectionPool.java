package dev.productops.standin.ao;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import org.apache.commons.dbcp2.BasicDataSource;

import java.sql.SQLException;
import java.time.Duration;

/**
 * AO over the connection pool Jira gives it on an external database. Jira DC pools its connections with Apache Commons
 * DBCP, sized by dbconfig.xml, and its AO plugin builds AO's provider over that data source; AO's own builder would pick
 * no pool here ({@code auto()} finds none of the 2010-era pools it knows) and open a connection, with PostgreSQL's
 * scram-sha-256 handshake, for every AO or SAL call, a cost Jira never pays (docs/performance.md, "Load test").
 */
public final class JiraConnectionPool {
    /** pool-max-size, pool-min-size and pool-max-idle in the dbconfig.xml Jira's setup writes (docs/host-api.md). */
    public static final int SIZE = 20;

    private JiraConnectionPool() {
    }

    /**
     * PostgreSQL, MySQL or MariaDB (the databases Jira DC and the stand-in's CI run on), with AO's tables in
     * {@code schema} on PostgreSQL. Every physical connection is put in that schema once, when the pool lends it for
     * the first time, as Jira's connections already are: no statement per borrow.
     */
    public static EntityManager open(String url, String user, String password, String schema, String namespace) {
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaxTotal(SIZE);
        pool.setMaxIdle(SIZE);
        pool.setMinIdle(SIZE);
        pool.setMaxWait(Duration.ofSeconds(30));
        // Jira's defaults since 7.1.4: validated while idle by the evictor, not on every borrow (JRASERVER-65048).
        pool.setTestOnBorrow(false);
        pool.setTestWhileIdle(true);
        pool.setValidationQuery("select 1");
        pool.setValidationQueryTimeout(Duration.ofSeconds(3));
        pool.setMinEvictableIdle(Duration.ofMinutes(1));
        pool.setDurationBetweenEvictionRuns(Duration.ofMinutes(5));
        pool.setRemoveAbandonedOnBorrow(true);
        pool.setRemoveAbandonedOnMaintenance(true);
        pool.setRemoveAbandonedTimeout(Duration.ofMinutes(5));
        if (schema != null && !schema.isBlank() && url.startsWith("jdbc:postgresql:")) {
            pool.setDefaultSchema(schema);
        }
        var dataSource = DelegatingDisposableDataSourceHandler.newInstance(pool, () -> {
            try {
                pool.close();
            } catch (SQLException e) {
                throw new IllegalStateException("The stand-in's connection pool did not close: " + e.getMessage(), e);
            }
        });
        DatabaseProvider provider;
        if (url.startsWith("jdbc:postgresql:")) {
            provider = new PostgreSQLDatabaseProvider(dataSource, schema);
        } else if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            provider = new MySQLDatabaseProvider(dataSource);
        } else {
            throw new IllegalArgumentException("The stand-in runs on PostgreSQL, MySQL or MariaDB (or its embedded HSQLDB"
                    + " without productops.db.url), not on " + url);
        }
        return new EntityManager(provider, AtlassianNaming.configuration(namespace));
    }
}

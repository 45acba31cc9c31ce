package dev.productops.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.productops.jira.adapter.persistence.CustomerEntity;
import dev.productops.jira.adapter.persistence.InsightEntity;
import dev.productops.jira.adapter.persistence.InsightLinkEntity;
import dev.productops.jira.adapter.persistence.InsightTagEntity;
import dev.productops.standin.ao.AtlassianNaming;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.RawEntity;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.db.PostgreSQLDatabaseProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The benchmark's PostgreSQL: its own schema (the AO tests' {@code ao_schema} stays untouched), tables created by
 * Active Objects with Jira's naming, and one connection pool shared by AO and the raw JDBC baseline, as in Jira
 * where the AO plugin borrows from Jira's pool for every statement.
 */
public final class BenchDatabase implements AutoCloseable {
    /** The plugin's AO namespace (atlassian-plugin.xml): gives the real AO_81842C_* table names. */
    public static final String NAMESPACE = "dev.productops.jira";

    @SuppressWarnings("unchecked")
    static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            InsightEntity.class, CustomerEntity.class, InsightLinkEntity.class, InsightTagEntity.class);

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final HikariDataSource pool;
    private final EntityManager entityManager;

    private BenchDatabase(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setSchema(schema);
        config.setMaximumPoolSize(4);
        config.setPoolName("productops-bench");
        this.pool = new HikariDataSource(config);
        this.entityManager = pooledEntityManager();
    }

    /** Settings from -Dbench.jdbc.url, -Dbench.jdbc.user, -Dbench.jdbc.password, -Dbench.schema (see pom.xml). */
    public static BenchDatabase fromSystemProperties() {
        String url = System.getProperty("bench.jdbc.url", "jdbc:postgresql://localhost:5432/ao_test");
        String user = System.getProperty("bench.jdbc.user", "ao_user");
        String password = System.getProperty("bench.jdbc.password", "ao_password");
        String schema = System.getProperty("bench.schema", "productops_bench");
        createSchemaIfMissing(url, user, password, schema);
        return new BenchDatabase(url, user, password, schema);
    }

    private static void createSchemaIfMissing(String url, String user, String password, String schema) {
        try (Connection connection = java.sql.DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + user);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + url + " (is it running? see .ci/run)", e);
        }
    }

    /** Creates or updates the plugin's tables exactly as Jira's AO plugin would: AO's own DDL, Jira's names. */
    public void migrateSchema() throws SQLException {
        migrate(ENTITIES);
    }

    /** AO's non-destructive migration of these entities' tables (others in the schema stay as they are). */
    @SuppressWarnings("unchecked")
    public void migrate(List<Class<? extends RawEntity<?>>> entities) throws SQLException {
        EntityManager schemaManager = AtlassianNaming.apply(
                EntityManagerBuilder.url(url).username(user).password(password).schema(schema).none(), NAMESPACE).build();
        try {
            schemaManager.migrate(entities.toArray(new Class[0]));
        } finally {
            schemaManager.getProvider().dispose();
        }
    }

    /**
     * The same naming as {@link #migrateSchema()}, but over the pool: AO's builder only offers pools that are
     * not on this classpath (and none() opens a connection per statement, which Jira never does).
     */
    private EntityManager pooledEntityManager() {
        EntityManagerConfiguration configuration = AtlassianNaming.configuration(NAMESPACE);
        return new EntityManager(new PostgreSQLDatabaseProvider(new UndisposedDataSource(pool), schema), configuration);
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** The real table name AO gives an entity here, e.g. AO_81842C_INSIGHT_LINK. */
    public String table(Class<? extends RawEntity<?>> entity) {
        return entityManager.getTableNameConverter().getName(entity);
    }

    /** Schema-qualified, quoted: what raw SQL must write, since AO's names are upper case. */
    public String qualified(Class<? extends RawEntity<?>> entity) {
        return schema + ".\"" + table(entity) + "\"";
    }

    public String schema() {
        return schema;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }
}

package dev.productops.jira.adapter.persistence;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL statements some work sends, as AO's provider reports them and as the runner's SAL executor reports plain SQL
 * ({@link RunnerTables}): how the hot-path tests count queries.
 */
final class SqlStatements {
    private SqlStatements() {
    }

    static List<String> of(EntityManager entityManager, Runnable work) {
        List<String> statements = new ArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        java.util.function.Consumer<String> plain = statements::add;
        entityManager.flushAll();
        entityManager.getProvider().addSqlListener(listener);
        RunnerTables.database(entityManager).addSqlListener(plain);
        try {
            work.run();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
            RunnerTables.database(entityManager).removeSqlListener(plain);
        }
        return statements;
    }
}

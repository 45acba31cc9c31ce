package dev.productops.jira.adapter.persistence;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

import java.util.ArrayList;
import java.util.List;

/** The SQL statements some work sends, as AO's provider reports them: how the hot-path tests count queries. */
final class SqlStatements {
    private SqlStatements() {
    }

    static List<String> of(EntityManager entityManager, Runnable work) {
        List<String> statements = new ArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        entityManager.flushAll();
        entityManager.getProvider().addSqlListener(listener);
        try {
            work.run();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        return statements;
    }
}

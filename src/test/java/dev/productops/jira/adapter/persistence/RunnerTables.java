package dev.productops.jira.adapter.persistence;

import dev.productops.standin.host.StandInDatabase;
import net.java.ao.EntityManager;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The plugin's plain SQL over the AO test runner's database, whose tables are named AO_000000_…. One SAL executor per
 * runner database, so {@link SqlStatements} counts plain SQL along with AO's.
 */
public final class RunnerTables {
    private static final Map<EntityManager, StandInDatabase> DATABASES = Collections.synchronizedMap(new WeakHashMap<>());

    private RunnerTables() {
    }

    public static PluginTables of(EntityManager entityManager) {
        return PluginTables.withPrefix(database(entityManager), "AO_000000_");
    }

    static StandInDatabase database(EntityManager entityManager) {
        return DATABASES.computeIfAbsent(entityManager, StandInDatabase::new);
    }
}

package dev.productops.jira.adapter.persistence.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import dev.productops.jira.adapter.persistence.AoInsightStore;
import dev.productops.jira.adapter.persistence.upgrade.v1.CustomerV1;
import dev.productops.jira.adapter.persistence.upgrade.v1.InsightTagV1;
import dev.productops.jira.adapter.persistence.upgrade.v1.InsightV1;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightFingerprint;
import dev.productops.jira.domain.insight.InsightOrder;
import dev.productops.jira.domain.insight.InsightSearch;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Runs the upgrade on a database that holds model version 1's schema and rows (HSQLDB, or PostgreSQL or MariaDB on request). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(SearchKeysUpgradeTaskTest.VersionOneDatabase.class)
@NameConverters
public class SearchKeysUpgradeTaskTest {
    /** More rows than one batch of the task below, so batching is exercised. */
    private static final int ROWS = 7;
    private static final int BATCH = 3;

    private EntityManager entityManager;

    public static final class VersionOneDatabase implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(InsightV1.class, CustomerV1.class, InsightTagV1.class);
            CustomerV1 acme = em.create(CustomerV1.class, new DBParam("NAME", "Acme"), new DBParam("NAME_KEY", "acme"),
                    new DBParam("SEGMENT", "Enterprise"), new DBParam("ANNUAL_REVENUE", 1000L), new DBParam("CURRENCY", "USD"));
            for (int i = 1; i <= ROWS; i++) {
                InsightV1 insight = em.create(InsightV1.class, new DBParam("TITLE", "Old insight " + i),
                        new DBParam("SOURCE", "interview"), new DBParam("CREATED", new Date()), new DBParam("UPDATED", new Date()));
                insight.setQuote(i == 1 ? "Checkout TIMES out" : "q" + i);
                insight.setCustomerId(i == 1 ? acme.getID() : null);
                insight.save();
                if (i == 1) {
                    em.create(InsightTagV1.class, new DBParam("INSIGHT_ID", insight.getID()), new DBParam("TAG", "Perf"));
                }
            }
        }
    }

    @Test
    @NonTransactional
    public void fillsTheNewKeysSoOldRowsAreFoundBySearchFiltersAndImport() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        SearchKeysUpgradeTask task = new SearchKeysUpgradeTask(BATCH);
        assertTrue(task.getModelVersion().isNewerThan(ModelVersion.valueOf("1")));

        task.upgrade(ModelVersion.valueOf("1"), ao);

        AoInsightStore store = new AoInsightStore(ao);
        List<Insight> found = store.search(new InsightSearch(List.of("times"), null, null, "enterprise", "perf", null,
                InsightOrder.NEWEST), 0, 10).values();
        assertEquals(1, found.size());
        assertEquals("Old insight 1", found.get(0).content().title());
        assertEquals(List.of("Perf"), found.get(0).content().tags());
        assertEquals(ROWS,
                store.search(new InsightSearch(List.of("old"), null, null, null, null, null, null), 0, 1).total());
        String fingerprint = InsightFingerprint.of(found.get(0).content());
        assertEquals(Set.of(fingerprint), store.existingFingerprints(List.of(fingerprint)));

        task.upgrade(task.getModelVersion(), ao);
        assertEquals("running it again changes nothing", 1, store.search(new InsightSearch(List.of("times"), null, null, null, null, null, null), 0, 10).total());
    }
}

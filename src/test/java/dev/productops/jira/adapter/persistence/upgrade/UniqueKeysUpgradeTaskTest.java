package dev.productops.jira.adapter.persistence.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import dev.productops.jira.adapter.persistence.AoCustomerStore;
import dev.productops.jira.adapter.persistence.AoDependencyAttributes;
import dev.productops.jira.adapter.persistence.AoInsightLinks;
import dev.productops.jira.adapter.persistence.CustomerEntity;
import dev.productops.jira.adapter.persistence.DependencyAttributesEntity;
import dev.productops.jira.adapter.persistence.InsightEntity;
import dev.productops.jira.adapter.persistence.InsightLinkEntity;
import dev.productops.jira.adapter.persistence.InsightTagEntity;
import dev.productops.jira.adapter.persistence.UniqueKeyEntity;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.util.Date;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

/**
 * Model version 2 could store duplicates under READ COMMITTED (adversary.md F1): version 3 merges them and gives every
 * row its unique key, after which the same duplicates cannot be stored again. HSQLDB, PostgreSQL or MariaDB.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(UniqueKeysUpgradeTaskTest.VersionTwoWithDuplicates.class)
@NameConverters
public class UniqueKeysUpgradeTaskTest {
    private static final long ISSUE = 10_011L;
    private static final long LINK = 10_020L;

    private EntityManager entityManager;

    public static final class VersionTwoWithDuplicates implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager em) throws Exception {
            em.migrate(InsightEntity.class, CustomerEntity.class, InsightLinkEntity.class, InsightTagEntity.class,
                    DependencyAttributesEntity.class);
            InsightEntity insight = em.create(InsightEntity.class, new DBParam("TITLE", "raced"), new DBParam("SOURCE", "other"),
                    new DBParam("CREATED", new Date()), new DBParam("UPDATED", new Date()));
            for (int importance = 1; importance <= 3; importance++) {
                em.create(InsightLinkEntity.class, new DBParam("INSIGHT_ID", insight.getID()), new DBParam("ISSUE_ID", ISSUE),
                        new DBParam("IMPORTANCE", importance), new DBParam("LINKED_AT", new Date()));
            }
            for (String note : new String[] {"first", "second"}) {
                em.create(DependencyAttributesEntity.class, new DBParam("LINK_ID", LINK), new DBParam("NOTE", note));
            }
            // The second differs by a zero-width space only: one name by today's rules.
            for (String name : new String[] {"Acme", "ACME\u200b"}) {
                em.create(CustomerEntity.class, new DBParam("NAME", name), new DBParam("NAME_KEY", name.toLowerCase()),
                        new DBParam("ANNUAL_REVENUE", 0L), new DBParam("CURRENCY", "USD"));
            }
        }
    }

    @Test
    @NonTransactional
    public void mergesDuplicatesAndKeepsThemFromComingBack() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        UniqueKeysUpgradeTask task = new UniqueKeysUpgradeTask(2);
        task.upgrade(ModelVersion.valueOf("2"), ao);

        InsightLinkEntity[] links = ao.find(InsightLinkEntity.class, Query.select().where("ISSUE_ID = ?", ISSUE));
        assertEquals("the oldest of the three links stays", 1, links.length);
        assertEquals(1, links[0].getImportance());
        DependencyAttributesEntity[] attributes = ao.find(DependencyAttributesEntity.class, Query.select().where("LINK_ID = ?", LINK));
        assertEquals(1, attributes.length);
        assertEquals("first", attributes[0].getNote());
        assertEquals("insights point at customers: both stay", 2, ao.count(CustomerEntity.class, Query.select()));
        assertEquals(2, ao.count(CustomerEntity.class, Query.select().where("NAME_KEY = ?", "acme")));

        // Linking the pair again changes the link; a new customer with that name, or new attributes row, cannot be stored.
        assertFalse(new AoInsightLinks(ao, dev.productops.jira.adapter.persistence.RunnerTables.of(entityManager)).link(links[0].getInsightId(), ISSUE, Importance.CRITICAL, null, "admin", Instant.now()));
        assertEquals(1, ao.count(InsightLinkEntity.class, Query.select().where("ISSUE_ID = ?", ISSUE)));
        assertThrows(RuntimeException.class, () -> new AoCustomerStore(ao).add(CustomerDetails.of("acme", null, 0L, "EUR")));
        assertEquals(1, ao.count(UniqueKeyEntity.class, Query.select().where("KEY_VALUE LIKE ?", "customer:%")));
        new AoDependencyAttributes(ao).save(new dev.productops.jira.application.dependency.port.DependencyAttributes(
                LINK, null, null, "committed", "after", "admin", Instant.now()));
        assertEquals(1, ao.count(DependencyAttributesEntity.class, Query.select().where("LINK_ID = ?", LINK)));

        task.upgrade(task.getModelVersion(), ao);
        assertEquals("running again changes nothing", 3, ao.count(UniqueKeyEntity.class, Query.select()));
    }
}

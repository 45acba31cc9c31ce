package dev.productops.jira.adapter.persistence;

import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.LinkedInsight;
import dev.productops.jira.domain.insight.SourceType;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Runs on in-memory HSQLDB by default and on PostgreSQL with -Dao.test.database=postgres (see .ci/run),
 * with Jira's table naming (AO_xxxxxx_ prefix, 30-character limit).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AoInsightLinksTest.Schema.class)
@NameConverters
public class AoInsightLinksTest {
    private static final long ISSUE = 10_001L;
    private static final long OTHER_ISSUE = 10_002L;

    private EntityManager entityManager;
    private EntityManagerActiveObjects ao;
    private AoInsightLinks links;

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(InsightEntity.class, CustomerEntity.class, InsightLinkEntity.class, InsightTagEntity.class,
                    DependencyAttributesEntity.class, UniqueKeyEntity.class);
        }
    }

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        links = new AoInsightLinks(ao, RunnerTables.of(entityManager));
    }

    @Test
    public void readsTheEvidenceOfAnIssueWithCustomersAndImportance() {
        CustomerEntity acme = customer("Acme", 250_000);
        InsightEntity fromAcme = insight("Checkout is too slow", "\"We lose carts\" <b>every</b> day", acme);
        InsightEntity anonymous = insight("Survey: wants Apple Pay", "42% asked for it", null);
        link(fromAcme, ISSUE, Importance.CRITICAL, "renewal at risk");
        link(anonymous, ISSUE, Importance.NICE_TO_HAVE, null);
        link(anonymous, OTHER_ISSUE, Importance.IMPORTANT, null);

        List<LinkedInsight> evidence = links.linkedTo(ISSUE);

        assertEquals(2, evidence.size());
        LinkedInsight acmeLink = evidence.stream().filter(i -> i.insightId() == fromAcme.getID()).findFirst().orElseThrow();
        assertEquals("Acme", acmeLink.customer().name());
        assertEquals(250_000, acmeLink.customer().annualRevenue());
        assertEquals(Importance.CRITICAL, acmeLink.importance());
        assertEquals("renewal at risk", acmeLink.note());
        assertEquals("\"We lose carts\" <b>every</b> day", acmeLink.quote());
        LinkedInsight survey = evidence.stream().filter(i -> i.insightId() == anonymous.getID()).findFirst().orElseThrow();
        assertNull(survey.customer());
        assertEquals(Importance.NICE_TO_HAVE, survey.importance());
    }

    @Test
    public void readingEvidenceSkipsTheDerivedSearchColumns() {
        link(insight("Quote", "a long quote", null), ISSUE, Importance.IMPORTANT, null);
        List<String> statements = SqlStatements.of(entityManager, () -> links.linkedTo(ISSUE));
        assertTrue(String.join("\n", statements), statements.stream().noneMatch(sql -> sql.contains("SEARCH_TEXT") || sql.contains("FINGERPRINT")));
    }

    @Test
    public void anIssueWithoutLinksHasNoEvidence() {
        assertTrue(links.linkedTo(99_999L).isEmpty());
    }

    @Test
    public void readingEvidenceCostsOneStatementWhateverTheNumberOfLinks() {
        CustomerEntity acme = customer("Acme", 1);
        link(insight("one", "q", acme), ISSUE, Importance.IMPORTANT, null);
        int forOne = statementsFor(() -> links.linkedTo(ISSUE));

        for (int i = 0; i < 60; i++) {
            link(insight("more " + i, "q", i % 2 == 0 ? customer("Customer " + i, i) : null), ISSUE, Importance.IMPORTANT, null);
        }
        int forSixtyOne = statementsFor(() -> assertEquals(61, links.linkedTo(ISSUE).size()));

        assertEquals(1, forOne);
        assertEquals(1, forSixtyOne);
    }

    @Test
    public void moreInsightsThanOneInListHoldsAreStillReadInOneStatement() throws Exception {
        CustomerEntity acme = customer("Acme", 1);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < IdChunks.MAX_IN_LIST + 5; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("TITLE", "bulk " + i);
            row.put("CUSTOMER_ID", i % 2 == 0 ? acme.getID() : null);
            row.put("SOURCE", SourceType.SURVEY.id());
            row.put("CREATED", new Date());
            row.put("UPDATED", new Date());
            rows.add(row);
        }
        entityManager.create(InsightEntity.class, rows);
        for (InsightEntity insight : ao.find(InsightEntity.class, net.java.ao.Query.select())) {
            link(insight, ISSUE, Importance.NICE_TO_HAVE, null);
        }
        assertEquals(1, statementsFor(() -> assertEquals(IdChunks.MAX_IN_LIST + 5, links.linkedTo(ISSUE).size())));
    }

    private int statementsFor(Runnable work) {
        return SqlStatements.of(entityManager, work).size();
    }

    private CustomerEntity customer(String name, long arr) {
        return ao.create(CustomerEntity.class, new DBParam("NAME", name), new DBParam("NAME_KEY", name.toLowerCase()),
                new DBParam("ANNUAL_REVENUE", arr), new DBParam("CURRENCY", "USD"), new DBParam("SEGMENT", "Enterprise"));
    }

    private InsightEntity insight(String title, String quote, CustomerEntity customer) {
        InsightEntity insight = ao.create(InsightEntity.class, new DBParam("TITLE", title),
                new DBParam("SOURCE", SourceType.INTERVIEW.id()), new DBParam("CREATED", new Date()), new DBParam("UPDATED", new Date()));
        insight.setQuote(quote);
        insight.setCustomerId(customer == null ? null : customer.getID());
        insight.save();
        return insight;
    }

    private void link(InsightEntity insight, long issueId, Importance importance, String note) {
        ao.create(InsightLinkEntity.class, new DBParam("INSIGHT_ID", insight.getID()), new DBParam("ISSUE_ID", issueId),
                new DBParam("IMPORTANCE", importance.level()), new DBParam("NOTE", note), new DBParam("LINKED_BY", "admin"),
                new DBParam("LINKED_AT", new Date()));
    }
}

package dev.productops.jira.adapter.persistence;

import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightFingerprint;
import dev.productops.jira.domain.insight.InsightOrder;
import dev.productops.jira.domain.insight.InsightSearch;
import dev.productops.jira.domain.insight.SourceType;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The library's queries, on HSQLDB and (with -Dao.test.database=postgres) on PostgreSQL. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AoInsightLinksTest.Schema.class)
@NameConverters
public class AoInsightStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private EntityManager entityManager;
    private AoInsightStore store;
    private AoCustomerStore customers;
    private AoInsightLinks links;
    private Customer acme;
    private Customer globex;

    @Before
    public void setUp() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        store = new AoInsightStore(ao);
        customers = new AoCustomerStore(ao);
        links = new AoInsightLinks(ao, RunnerTables.of(entityManager));
        acme = customers.add(CustomerDetails.of("Acme", "Enterprise", 300_000L, "USD"));
        globex = customers.add(CustomerDetails.of("Globex", "SMB", 20_000L, "EUR"));
    }

    private Insight add(String title, String quote, SourceType source, Customer customer, int minutesLater, String... tags) {
        InsightContent content = InsightContent.of(title, quote, source.id(), null, customer == null ? null : customer.id(),
                "2026-10-0" + (1 + minutesLater % 9), List.of(tags));
        return store.add(content, InsightFingerprint.of(content), "admin", T0.plusSeconds(60L * minutesLater));
    }

    private List<String> titles(InsightSearch search) {
        return store.search(search, 0, 50).values().stream().map(i -> i.content().title()).toList();
    }

    private static InsightSearch words(String... words) {
        return new InsightSearch(List.of(words), null, null, null, null, null, InsightOrder.OLDEST);
    }

    @Test
    public void findsWordsInTitleOrQuoteIgnoringCaseAndAllWordsMustMatch() {
        add("Checkout is slow", "Carts time out at payment", SourceType.INTERVIEW, acme, 1);
        add("Export to CSV", "Finance wants the checkout report", SourceType.SURVEY, null, 2);
        add("Dark mode", "Eyes hurt", SourceType.REVIEW, globex, 3);

        assertEquals(List.of("Checkout is slow", "Export to CSV"), titles(words("checkout")));
        assertEquals(List.of("Export to CSV"), titles(words("checkout", "finance")));
        assertEquals(List.of(), titles(words("checkout", "eyes")));
    }

    @Test
    public void likeWildcardsInTheSearchTextMatchLiterally() {
        add("100% uptime", "we need it", SourceType.INTERVIEW, null, 1);
        add("1000 uptime", "we need it too", SourceType.INTERVIEW, null, 2);
        assertEquals(List.of("100% uptime"), titles(words("100%")));
        assertEquals(List.of(), titles(words("_uptime")));
    }

    @Test
    public void filtersBySourceCustomerSegmentTagAndIssue() {
        Insight slow = add("Checkout is slow", "", SourceType.INTERVIEW, acme, 1, "Performance", "checkout");
        Insight export = add("Export to CSV", "", SourceType.SURVEY, globex, 2, "reporting");
        add("Dark mode", "", SourceType.REVIEW, null, 3, "ui");
        links.link(slow.id(), 10_001L, Importance.CRITICAL, null, "admin", T0);
        links.link(export.id(), 10_001L, Importance.IMPORTANT, null, "admin", T0);
        links.link(export.id(), 10_002L, Importance.IMPORTANT, null, "admin", T0);

        assertEquals(List.of("Export to CSV"), titles(new InsightSearch(List.of(), SourceType.SURVEY, null, null, null, null, null)));
        assertEquals(List.of("Checkout is slow"), titles(new InsightSearch(List.of(), null, acme.id(), null, null, null, null)));
        assertEquals(List.of("Export to CSV"), titles(new InsightSearch(List.of(), null, null, "smb", null, null, null)));
        assertEquals(List.of("Checkout is slow"), titles(new InsightSearch(List.of(), null, null, null, "PERFORMANCE", null, null)));
        assertEquals(List.of("Checkout is slow", "Export to CSV"),
                titles(new InsightSearch(List.of(), null, null, null, null, 10_001L, InsightOrder.OLDEST)));
        assertEquals(List.of("Export to CSV"),
                titles(new InsightSearch(List.of(), null, null, "SMB", "reporting", 10_002L, null)));
    }

    @Test
    public void pagesAndSortsLikeJira() {
        for (int i = 1; i <= 7; i++) {
            add("Insight " + i, "", SourceType.OTHER, null, i);
        }
        Page<Insight> newest = store.search(new InsightSearch(List.of(), null, null, null, null, null, InsightOrder.NEWEST), 2, 3);
        assertEquals(7, newest.total());
        assertEquals(2, newest.startAt());
        assertEquals(List.of("Insight 5", "Insight 4", "Insight 3"), newest.values().stream().map(i -> i.content().title()).toList());
        Page<Insight> byTitle = store.search(new InsightSearch(List.of(), null, null, null, null, null, InsightOrder.TITLE_DESCENDING), 0, 2);
        assertEquals(List.of("Insight 7", "Insight 6"), byTitle.values().stream().map(i -> i.content().title()).toList());
    }

    @Test
    public void aPageCostsAFixedNumberOfStatementsWhateverItsSize() {
        for (int i = 1; i <= 30; i++) {
            add("Insight " + i, "q", SourceType.OTHER, i % 2 == 0 ? acme : null, i, "tag" + i, "common");
        }
        InsightSearch tagged = new InsightSearch(List.of("insight"), null, null, null, "common", null, null);
        int small = statements(() -> assertEquals(2, store.search(tagged, 0, 2).values().size()));
        int large = statements(() -> assertEquals(30, store.search(tagged, 0, 30).values().size()));
        assertEquals("count + page + tags", 3, small);
        assertEquals(small, large);
    }

    @Test
    public void keepsTagsAsTypedAndReplacesThemOnEdit() {
        Insight insight = add("Tagged", "", SourceType.OTHER, null, 1, "SSO", "Enterprise");
        assertEquals(List.of("SSO", "Enterprise"), store.find(insight.id()).orElseThrow().content().tags());
        InsightContent edited = InsightContent.of("Tagged", "", "other", null, null, null, List.of("sso", "Okta"));
        store.replace(insight.id(), 1, edited, InsightFingerprint.of(edited), T0.plusSeconds(3600)).orElseThrow();
        Insight found = store.find(insight.id()).orElseThrow();
        assertEquals(List.of("sso", "Okta"), found.content().tags());
        assertEquals(T0.plusSeconds(3600), found.updated());
        assertEquals(T0.plusSeconds(60), found.created());
    }

    @Test
    public void removingAnInsightRemovesItsTagsAndLinks() {
        Insight insight = add("Doomed", "", SourceType.OTHER, null, 1, "x");
        links.link(insight.id(), 10_001L, Importance.CRITICAL, null, "admin", T0);
        store.remove(insight.id());
        assertTrue(store.find(insight.id()).isEmpty());
        assertTrue(links.linkedTo(10_001L).isEmpty());
        assertEquals(0, store.search(new InsightSearch(List.of(), null, null, null, "x", null, null), 0, 10).total());
    }

    @Test
    public void knowsWhichFingerprintsExist() {
        Insight insight = add("Known", "q", SourceType.OTHER, null, 1);
        String known = InsightFingerprint.of(insight.content());
        assertEquals(Set.of(known), store.existingFingerprints(List.of(known, "f".repeat(64))));
    }

    @Test
    public void linkingTwiceUpdatesTheLinkInsteadOfAddingAnother() {
        Insight insight = add("Once", "", SourceType.OTHER, null, 1);
        assertTrue(links.link(insight.id(), 10_001L, Importance.NICE_TO_HAVE, null, "admin", T0));
        assertEquals(false, links.link(insight.id(), 10_001L, Importance.CRITICAL, "upgraded", "alice", T0.plusSeconds(5)));
        assertEquals(1, links.linkedTo(10_001L).size());
        assertEquals(Importance.CRITICAL, links.linkedTo(10_001L).get(0).importance());
        assertEquals("upgraded", links.linkedTo(10_001L).get(0).note());
        assertTrue(links.unlink(insight.id(), 10_001L));
        assertEquals(false, links.unlink(insight.id(), 10_001L));
    }

    @Test
    public void customersAreFoundByNameIgnoringCaseAndSearchedByPartOfTheName() {
        assertEquals(acme, customers.findNamed("  ACME ").orElseThrow());
        assertEquals(List.of(globex), customers.search("lob", 0, 10).values());
        assertEquals(2, customers.search("", 0, 1).total());
        assertEquals(acme, customers.namedAnyOf(List.of("acme", "nobody")).get("acme"));
    }

    @Test
    public void insightsAreCountedPerCustomerInOneStatement() {
        add("One", "", SourceType.OTHER, acme, 1);
        add("Two", "", SourceType.OTHER, acme, 2);
        add("Three", "", SourceType.OTHER, globex, 3);
        add("Anonymous", "", SourceType.OTHER, null, 4);
        assertEquals(Map.of(acme.id(), 2, globex.id(), 1), store.countByCustomer(List.of(acme.id(), globex.id(), 999)));
        assertEquals(1, statements(() -> store.countByCustomer(List.of(acme.id(), globex.id()))));
    }

    @Test
    public void aRemovedCustomerIsGoneAndItsNameFreeAgain() {
        customers.remove(globex.id());
        assertTrue(customers.find(globex.id()).isEmpty());
        assertTrue(customers.findNamed("Globex").isEmpty());
        Customer again = customers.add(CustomerDetails.of("GLOBEX", null, 0L, "USD"));
        assertEquals("GLOBEX", customers.find(again.id()).orElseThrow().name());
    }

    private int statements(Runnable work) {
        return SqlStatements.of(entityManager, work).size();
    }
}

package dev.productops.jira.application.insight;

import dev.productops.jira.application.PageRequest;
import dev.productops.jira.application.fake.Immediately;
import dev.productops.jira.application.fake.InMemoryCustomers;
import dev.productops.jira.application.fake.InMemoryLibrary;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.port.IssueReference;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightOrder;
import dev.productops.jira.domain.insight.SourceType;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Searching the library on its own, against the library, its customers and the visible issues in memory. */
public class InsightCatalogueSearchTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final IssueReference PAY_1 = new IssueReference(11, "PAY-1", "PAY", "Refunds");
    private static final long HIDDEN_ISSUE_ID = 99;

    private final InMemoryCustomers customers = new InMemoryCustomers()
            .customer(new Customer(1, "Acme", "Enterprise", 300_000, "USD"))
            .customer(new Customer(2, "Globex", "SMB", 10_000, "EUR"));
    private final InMemoryLibrary library = new InMemoryLibrary(customers).visibleIssue(PAY_1);
    private final InsightCatalogue catalogue = new InsightCatalogue(library, customers, library, library,
            SignedIn.as("alice", ZoneOffset.UTC), new Immediately(), Clock.fixed(T0, ZoneOffset.UTC));

    private Insight capture(int minutes, String title, String quote, String source, Integer customerId, String... tags) {
        return library.insight(InsightContent.of(title, quote, source, null, customerId, null, List.of(tags)), "key-alice",
                T0.plusSeconds(60L * minutes));
    }

    private static InsightQuery query(String text, SourceType source, Integer customerId, String segment, String tag, String issueKey) {
        return new InsightQuery(text, source, customerId, segment, tag, issueKey, null, PageRequest.first());
    }

    private List<String> titles(InsightQuery query) {
        return catalogue.search(query).values().stream().map(v -> v.insight().content().title()).toList();
    }

    @Test
    public void everyWordMustAppearAndEveryFilterMustHold() {
        capture(1, "Refunds are slow", "Acme waits a week for refunds", "interview", 1, "refunds");
        capture(2, "Refund export", "Globex wants refunds in CSV", "survey", 2, "export", "refunds");
        capture(3, "Dark mode", "Please, dark mode", "interview", null, "ui");

        assertEquals("newest first", List.of("Refund export", "Refunds are slow"), titles(query("  REFUNDS ", null, null, null, null, null)));
        assertEquals(List.of("Refunds are slow"), titles(query("refunds week", null, null, null, null, null)));
        assertEquals(List.of("Dark mode", "Refunds are slow"), titles(query(null, SourceType.INTERVIEW, null, null, null, null)));
        assertEquals(List.of("Refund export"), titles(query(null, null, 2, null, null, null)));
        assertEquals(List.of("Refunds are slow"), titles(query(" ", null, null, " enterprise ", null, null)));
        assertEquals(List.of("Refund export"), titles(query(null, null, null, null, "EXPORT", null)));
        assertEquals(List.of(), titles(query("refunds", SourceType.SURVEY, 1, null, null, null)));
    }

    @Test
    public void anIssueFilterFindsTheInsightsLinkedToItAndAHiddenIssueIsNotFound() {
        Insight linked = capture(1, "Linked", "q", "interview", null);
        capture(2, "Not linked", "q", "interview", null);
        library.link(linked.id(), PAY_1.id(), Importance.CRITICAL, null, "key-alice", T0);
        library.link(linked.id(), HIDDEN_ISSUE_ID, Importance.IMPORTANT, null, "key-alice", T0);

        Page<InsightView> page = catalogue.search(query(null, null, null, null, null, " PAY-1 "));
        assertEquals(List.of("Linked"), page.values().stream().map(v -> v.insight().content().title()).toList());
        assertEquals("a link to an issue the viewer cannot browse is not shown", List.of("PAY-1"),
                page.values().get(0).links().stream().map(VisibleLink::issueKey).toList());
        assertThrows(NotFound.class, () -> catalogue.search(query(null, null, null, null, null, "SECRET-1")));
    }

    @Test
    public void aPageIsCutToAHundredAndCountsEverythingThatMatches() {
        IntStream.range(0, 130).forEach(i -> capture(i, "Insight " + i, "q", "other", null));
        Page<InsightView> second = catalogue.search(new InsightQuery(null, null, null, null, null, null, InsightOrder.NEWEST,
                new PageRequest(125, 10)));
        assertEquals(130, second.total());
        assertEquals(List.of("Insight 4", "Insight 3", "Insight 2", "Insight 1", "Insight 0"),
                second.values().stream().map(v -> v.insight().content().title()).toList());
        assertEquals(100, catalogue.search(new InsightQuery(null, null, null, null, null, null, null, new PageRequest(-5, 500)))
                .values().size());
    }

    @Test
    public void nobodySignedInSearchesNothing() {
        InsightCatalogue anonymous = new InsightCatalogue(library, customers, library, library, SignedIn.nobody(), new Immediately(),
                Clock.fixed(T0, ZoneOffset.UTC));
        assertThrows(NotAllowed.class, () -> anonymous.search(InsightQuery.everything()));
    }

    @Test
    public void aQueryKeepsItsFirstTenDistinctWordsInLowerCase() {
        String words = "a b A c d e f g h i j k";
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), query(words, null, null, null, null, null).words());
        assertEquals(List.of(), query(" \t", null, null, null, null, null).words());
        assertEquals(InsightOrder.NEWEST, InsightQuery.everything().order());
    }

    @Test
    public void aPageRequestStartsAtTheFirstAndHoldsBetweenOneAndAHundred() {
        assertEquals(new PageRequest(0, 25), new PageRequest(-1, 0));
        assertEquals(new PageRequest(0, 1), new PageRequest(0, 1));
        assertEquals(100, new PageRequest(0, 101).maxResults());
        assertEquals(100, new PageRequest(0, 100).maxResults());
    }
}

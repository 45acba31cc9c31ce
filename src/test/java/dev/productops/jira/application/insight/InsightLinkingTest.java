package dev.productops.jira.application.insight;

import dev.productops.jira.application.fake.Immediately;
import dev.productops.jira.application.fake.InMemoryCustomers;
import dev.productops.jira.application.fake.InMemoryLibrary;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.port.IssueReference;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.insight.EvidenceLink;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InvalidInput;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Linking evidence to issues, and capturing it linked, against the library and the visible issues in memory. */
public class InsightLinkingTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final IssueReference PAY_1 = new IssueReference(11, "PAY-1", "PAY", "Refunds");

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryLibrary library = new InMemoryLibrary(customers).visibleIssue(PAY_1);
    private final Immediately transactions = new Immediately();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InsightLinking linking = new InsightLinking(library, library, library, SignedIn.as("alice", ZoneOffset.UTC),
            transactions, clock);
    private final Insight insight = library.insight(InsightContent.of("Slow refunds", "q", "interview", null, null, null, List.of()),
            "key-bob", NOW.minusSeconds(3600));

    private Map<Integer, List<EvidenceLink>> links() {
        return library.linksOf(List.of(insight.id()));
    }

    @Test
    public void linkingAgainChangesTheLinkInsteadOfAddingOne() {
        InsightLinking.Linked first = linking.link(insight.id(), new LinkRequest(" PAY-1 ", 2, "  after the outage "));
        assertEquals(new InsightLinking.Linked(new VisibleLink("PAY-1", "Refunds", Importance.IMPORTANT, "after the outage",
                "alice", NOW), true), first);
        InsightLinking.Linked second = linking.link(insight.id(), new LinkRequest("PAY-1", 3, " "));
        assertEquals(false, second.created());
        assertEquals(List.of(new EvidenceLink(insight.id(), 11, Importance.CRITICAL, null, "key-alice", NOW)), links().get(insight.id()));
    }

    @Test
    public void aMissingOrHiddenIssueOrABadImportanceLinksNothing() {
        assertEquals(List.of("issueKey"), fields(() -> linking.link(insight.id(), new LinkRequest(" ", 2, null))));
        assertEquals(List.of("issueKey"), fields(() -> linking.link(insight.id(), new LinkRequest("SECRET-1", 2, null))));
        assertEquals(List.of("importance"), fields(() -> linking.link(insight.id(), new LinkRequest("PAY-1", null, null))));
        assertEquals(List.of("importance"), fields(() -> linking.link(insight.id(), new LinkRequest("PAY-1", 4, null))));
        assertEquals(List.of("importance"), fields(() -> linking.link(insight.id(), new LinkRequest("PAY-1", -1, null))));
        assertEquals(List.of("note"), fields(() -> linking.link(insight.id(), new LinkRequest("PAY-1", 0, "n".repeat(LinkRequest.NOTE_MAX + 1)))));
        assertThrows(NotFound.class, () -> linking.link(insight.id() + 1, new LinkRequest("PAY-1", 2, null)));
        assertEquals(Map.of(), links());
        assertEquals(Importance.NOT_IMPORTANT, linking.link(insight.id(), new LinkRequest("PAY-1", 0, "n".repeat(LinkRequest.NOTE_MAX))).link().importance());
    }

    @Test
    public void unlinkingRemovesTheLinkAndASecondUnlinkIsNotFound() {
        linking.link(insight.id(), new LinkRequest("PAY-1", 1, null));
        linking.unlink(insight.id(), "PAY-1");
        assertEquals(Map.of(), links());
        assertThrows(NotFound.class, () -> linking.unlink(insight.id(), "PAY-1"));
        assertThrows(NotFound.class, () -> linking.unlink(insight.id(), "SECRET-1"));
        assertThrows(NotFound.class, () -> linking.unlink(insight.id() + 1, "PAY-1"));
    }

    @Test
    public void nobodySignedInLinksNothing() {
        InsightLinking anonymous = new InsightLinking(library, library, library, SignedIn.nobody(), transactions, clock);
        assertThrows(NotAllowed.class, () -> anonymous.link(insight.id(), new LinkRequest("PAY-1", 2, null)));
        assertEquals(Map.of(), links());
    }

    @Test
    public void captureStoresTheInsightAndItsLinksTogetherOrNothing() {
        InsightCatalogue catalogue = new InsightCatalogue(library, customers, library, library, SignedIn.as("alice", ZoneOffset.UTC),
                transactions, clock);
        InsightContent content = InsightContent.of("Export", "q", "survey", null, null, null, List.of());
        assertThrows(InvalidInput.class, () -> catalogue.capture(content, List.of(new LinkRequest("SECRET-1", 2, null))));
        assertEquals("nothing stored when a link is refused", 1, library.search(
                new dev.productops.jira.domain.insight.InsightSearch(List.of(), null, null, null, null, null, null), 0, 10).total());
        InvalidInput noCustomer = assertThrows(InvalidInput.class, () -> catalogue.capture(
                InsightContent.of("Export", "q", "survey", null, 42, null, List.of()), List.of()));
        assertEquals(List.of("customerId"), List.copyOf(noCustomer.errors().keySet()));

        InsightView captured = catalogue.capture(content, List.of(new LinkRequest("PAY-1", 3, "asked twice")));
        assertEquals("key-alice", captured.insight().authorKey());
        assertEquals(NOW, captured.insight().created());
        assertEquals(List.of(new VisibleLink("PAY-1", "Refunds", Importance.CRITICAL, "asked twice", "Name of key-alice", NOW)),
                captured.links());
        assertEquals(true, captured.canEdit());
    }

    @Test
    public void onlyTheAuthorOrACuratorEditsAndAStaleEditChangesNothing() {
        Clock later = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
        InsightCatalogue alice = new InsightCatalogue(library, customers, library, library, SignedIn.as("alice", ZoneOffset.UTC),
                transactions, later);
        InsightCatalogue bob = new InsightCatalogue(library, customers, library, library, SignedIn.as("bob", ZoneOffset.UTC),
                transactions, later);
        InsightContent edited = InsightContent.of("Refunds take a week", "q", "interview", null, null, null, List.of());

        assertThrows(NotAllowed.class, () -> alice.edit(insight.id(), 1, edited));
        assertThrows(NotAllowed.class, () -> alice.delete(insight.id()));
        assertEquals(List.of("version"), fields(() -> bob.edit(insight.id(), null, edited)));
        InsightView saved = bob.edit(insight.id(), 1, edited);
        assertEquals(2, saved.insight().version());
        assertEquals(NOW.plusSeconds(60), saved.insight().updated());
        assertEquals("Refunds take a week", library.find(insight.id()).orElseThrow().content().title());

        dev.productops.jira.application.problem.ConcurrentChange stale = assertThrows(
                dev.productops.jira.application.problem.ConcurrentChange.class, () -> bob.edit(insight.id(), 1,
                        InsightContent.of("Old", "q", "interview", null, null, null, List.of())));
        assertTrue(stale.getMessage(), stale.getMessage().contains("you edited version 1, it is now at version 2"));
        assertEquals("Refunds take a week", library.find(insight.id()).orElseThrow().content().title());
        assertThrows(NotFound.class, () -> bob.edit(insight.id() + 1, 1, edited));

        bob.delete(insight.id());
        assertThrows(NotFound.class, () -> bob.get(insight.id()));
    }

    private static List<String> fields(org.junit.function.ThrowingRunnable call) {
        return List.copyOf(assertThrows(InvalidInput.class, call).errors().keySet());
    }
}

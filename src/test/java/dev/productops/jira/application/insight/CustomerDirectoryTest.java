package dev.productops.jira.application.insight;

import dev.productops.jira.application.fake.FixedScoreSettings;
import dev.productops.jira.application.fake.Immediately;
import dev.productops.jira.application.fake.InMemoryCustomers;
import dev.productops.jira.application.fake.InMemoryLibrary;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.problem.AlreadyExists;
import dev.productops.jira.application.problem.NoExchangeRate;
import dev.productops.jira.application.problem.NotConfigured;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InvalidInput;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The customer list's use cases, against customers, insights and rates in memory. */
public class CustomerDirectoryTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final InMemoryCustomers customers = new InMemoryCustomers()
            .customer(new Customer(1, "Acme", "Enterprise", 300_000, "USD"))
            .customer(new Customer(2, "ACME Corp", "Enterprise", 10, "USD"));
    private final InMemoryLibrary library = new InMemoryLibrary(customers);
    private final Insight quote = library.insight(InsightContent.of("Quote", "q", "interview", null, 2, null, List.of()), "key-bob",
            NOW.minusSeconds(60));

    private CustomerDirectory as(SignedIn viewer) {
        FixedScoreSettings settings = new FixedScoreSettings();
        return new CustomerDirectory(customers, library, viewer, new Immediately(), Clock.fixed(NOW, ZoneOffset.UTC),
                settings, new SegmentSettings(settings.weigh("SMB", 1), customers, customers, viewer, new Immediately()));
    }

    private static SignedIn curator() {
        return SignedIn.administrator("curator");
    }

    @Test
    public void anyoneAddsACustomerWithAFreeNameInACurrencyWithARate() {
        CustomerDirectory bob = as(SignedIn.as("bob", ZoneOffset.UTC));
        Customer added = bob.add(new CustomerDetails("Globex", "SMB", 5, "EUR"));
        assertEquals(new CustomerEntry(added, 0), bob.get(added.id()));
        assertThrows(AlreadyExists.class, () -> bob.add(new CustomerDetails(" acme ", "", 0, "USD")));
        assertThrows(NoExchangeRate.class, () -> bob.add(new CustomerDetails("Initech", "", 0, "JPY")));
        assertEquals(List.of("ACME Corp", "Acme", "Globex"), bob.search(new CustomerQuery("", 0, 10)).values().stream()
                .map(e -> e.customer().name()).toList());
        assertEquals(false, bob.viewerMayEdit());
        assertEquals(true, as(curator()).viewerMayEdit());
        assertEquals(false, as(SignedIn.nobody()).viewerMayEdit());
    }

    @Test
    public void aSegmentOutsideTheListIsRefusedAndNothingIsSaved() {
        CustomerDirectory bob = as(SignedIn.as("bob", ZoneOffset.UTC));
        NotConfigured refused = assertThrows(NotConfigured.class, () -> bob.add(new CustomerDetails("Globex", "Agency", 5, "USD")));
        assertEquals("segment", refused.field());
        assertThrows(NotConfigured.class, () -> as(curator()).edit(1, new CustomerDetails("Acme", "Agency", 1, "USD")));
        assertEquals(List.of(new Customer(2, "ACME Corp", "Enterprise", 10, "USD"), new Customer(1, "Acme", "Enterprise", 300_000, "USD")),
                bob.search(new CustomerQuery("", 0, 10)).values().stream().map(CustomerEntry::customer).toList());
        assertEquals("SMB", bob.add(new CustomerDetails("Globex", "smb", 5, "USD")).segment());
    }

    @Test
    public void onlyCuratorsEditAndANameMayStayItsOwn() {
        assertThrows(NotAllowed.class, () -> as(SignedIn.as("bob", ZoneOffset.UTC)).edit(1, new CustomerDetails("Acme", "SMB", 1, "USD")));
        Customer edited = as(curator()).edit(1, new CustomerDetails("Acme", "SMB", 1, "USD"));
        assertEquals(new Customer(1, "Acme", "SMB", 1, "USD"), edited);
        assertThrows(AlreadyExists.class, () -> as(curator()).edit(1, new CustomerDetails("acme corp", "SMB", 1, "USD")));
        assertThrows(NotFound.class, () -> as(curator()).edit(99, new CustomerDetails("X", "", 1, "USD")));
    }

    @Test
    public void deletingKeepsTheInsightsAsEvidenceWithoutACustomerInANewVersion() {
        assertEquals(1, as(curator()).get(2).insightCount());
        assertThrows(NotAllowed.class, () -> as(SignedIn.as("bob", ZoneOffset.UTC)).delete(2));
        as(curator()).delete(2);
        assertEquals(Optional.empty(), customers.find(2));
        Insight kept = library.find(quote.id()).orElseThrow();
        assertEquals(null, kept.content().customerId());
        assertEquals(2, kept.version());
        assertEquals(NOW, kept.updated());
    }

    @Test
    public void mergingMovesTheInsightsToTheCustomerThatStays() {
        assertEquals(List.of("into"), fields(() -> as(curator()).merge(2, null)));
        assertEquals(List.of("into"), fields(() -> as(curator()).merge(2, 2)));
        assertEquals(List.of("into"), fields(() -> as(curator()).merge(2, 99)));
        assertThrows(NotFound.class, () -> as(curator()).merge(99, 1));
        assertEquals(Integer.valueOf(2), library.find(quote.id()).orElseThrow().content().customerId());

        CustomerEntry stays = as(curator()).merge(2, 1);
        assertEquals(new CustomerEntry(customers.find(1).orElseThrow(), 1), stays);
        assertEquals(Integer.valueOf(1), library.find(quote.id()).orElseThrow().content().customerId());
        assertEquals(Optional.empty(), customers.find(2));
    }

    private static List<String> fields(org.junit.function.ThrowingRunnable call) {
        return List.copyOf(assertThrows(InvalidInput.class, call).errors().keySet());
    }

}

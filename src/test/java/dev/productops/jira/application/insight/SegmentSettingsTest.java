package dev.productops.jira.application.insight;

import dev.productops.jira.application.fake.FixedScoreSettings;
import dev.productops.jira.application.fake.Immediately;
import dev.productops.jira.application.fake.InMemoryCustomers;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotConfigured;
import dev.productops.jira.application.problem.StillInUse;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.SegmentList;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The managed segment list against settings and customers in memory. */
public class SegmentSettingsTest {
    private final FixedScoreSettings settings = new FixedScoreSettings();
    private final InMemoryCustomers customers = new InMemoryCustomers()
            .customer(new Customer(1, "Acme", "Enterprise", 300_000, "USD"))
            .customer(new Customer(2, "Globex", "enterprise", 100_000, "EUR"))
            .customer(new Customer(3, "Initech", "SMB", 5_000, "USD"))
            .customer(new Customer(4, "Hooli", null, 0, "USD"));

    private SegmentSettings as(SignedIn viewer) {
        return new SegmentSettings(settings, customers, customers, viewer, new Immediately());
    }

    private static List<String> names(SegmentList list) {
        return list.segments().stream().map(SegmentList.Segment::name).toList();
    }

    @Test
    public void anInstallThatNeverSavedAListStartsWithTheSegmentsItsCustomersHaveAndTheWeightsItHad() {
        settings.weigh("SMB", 0.5);
        SegmentList list = as(SignedIn.as("bob", ZoneOffset.UTC)).current();
        assertEquals(List.of("SMB", "Enterprise"), names(list));
        assertEquals(Map.of("SMB", 0.5, "Enterprise", 1.0), list.weights());
    }

    @Test
    public void renamingASegmentRenamesItOnItsCustomersWhateverTheirCase() {
        SegmentList saved = as(SignedIn.administrator("admin")).change(List.of(
                new SegmentList.Entry("Large enterprise", 2, "Enterprise"), new SegmentList.Entry("SMB", null, null)));
        assertEquals(List.of("Large enterprise", "SMB"), names(saved));
        assertEquals(saved, settings.segments());
        assertEquals("Large enterprise", customers.find(1).orElseThrow().segment());
        assertEquals("Large enterprise", customers.find(2).orElseThrow().segment());
        assertEquals("SMB", customers.find(3).orElseThrow().segment());
    }

    @Test
    public void swappingTwoSegmentNamesSwapsTheirCustomersAndAChainInAnyOrderMovesEachOnce() {
        as(SignedIn.administrator("admin")).change(List.of(
                new SegmentList.Entry("SMB", null, "Enterprise"), new SegmentList.Entry("Enterprise", null, "SMB")));
        assertEquals(List.of("SMB", "SMB", "Enterprise"), List.of(customers.find(1).orElseThrow().segment(),
                customers.find(2).orElseThrow().segment(), customers.find(3).orElseThrow().segment()));

        // SMB (Acme, Globex now) becomes Mid-market, Enterprise (Initech) becomes SMB, listed in the "wrong" order.
        as(SignedIn.administrator("admin")).change(List.of(
                new SegmentList.Entry("SMB", null, "Enterprise"), new SegmentList.Entry("Mid-market", null, "SMB")));
        assertEquals(List.of("Mid-market", "Mid-market", "SMB"), List.of(customers.find(1).orElseThrow().segment(),
                customers.find(2).orElseThrow().segment(), customers.find(3).orElseThrow().segment()));
    }

    @Test
    public void removingASegmentCustomersHaveIsRefusedWithTheCountAndNothingChanges() {
        StillInUse refused = assertThrows(StillInUse.class, () -> as(SignedIn.administrator("admin")).change(List.of(
                new SegmentList.Entry("Enterprise", 3, null), new SegmentList.Entry("Partner", 1, null))));
        assertTrue(refused.getMessage(), refused.getMessage().contains("'SMB' (1 customer)"));
        assertEquals(SegmentList.EMPTY, settings.segments());

        customers.replace(3, dev.productops.jira.domain.insight.CustomerDetails.of("Initech", null, 5_000L, "USD"));
        assertEquals(List.of("Enterprise", "Partner"), names(as(SignedIn.administrator("admin")).change(List.of(
                new SegmentList.Entry("Enterprise", 3, null), new SegmentList.Entry("Partner", 1, null)))));
    }

    @Test
    public void onlyAdministratorsChangeTheListAndAnyoneSignedInReadsIt() {
        assertThrows(NotAllowed.class, () -> as(SignedIn.as("bob", ZoneOffset.UTC)).change(List.of()));
        assertThrows(NotAllowed.class, () -> as(SignedIn.nobody()).current());
        assertEquals(SegmentList.EMPTY, settings.segments());
    }

    @Test
    public void aCustomersSegmentIsTheListsSpellingOrRefused() {
        settings.weigh("Public sector", 1);
        SegmentSettings segments = as(SignedIn.as("bob", ZoneOffset.UTC));
        assertEquals("Public sector", segments.listed(" public SECTOR "));
        assertEquals("SMB", segments.listed("smb"));
        assertEquals(null, segments.listed(null));
        NotConfigured refused = assertThrows(NotConfigured.class, () -> segments.listed("Agency"));
        assertEquals("segment", refused.field());
        assertTrue(refused.getMessage(), refused.getMessage().contains("'Agency'"));
    }
}

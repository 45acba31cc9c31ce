package dev.productops.jira.application.insight;

import dev.productops.jira.application.fake.FixedScoreSettings;
import dev.productops.jira.application.fake.Immediately;
import dev.productops.jira.application.fake.InMemoryCustomers;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.domain.insight.Customer;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Customers from a CRM export: new names are added, known names change nothing, bad rows are refused one by one. */
public class CustomerImportTest {
    private final InMemoryCustomers customers = new InMemoryCustomers()
            .customer(new Customer(1, "Acme", "Enterprise", 300_000, "USD"));

    private CustomerImport as(SignedIn viewer) {
        FixedScoreSettings settings = new FixedScoreSettings().weigh("SMB", 1);
        return new CustomerImport(customers, viewer, new Immediately(), settings,
                new SegmentSettings(settings, customers, customers, viewer, new Immediately()));
    }

    private static ImportRow row(int number, String name, String segment, String arr, String currency) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("segment", segment);
        values.put("arr", arr);
        values.put("currency", currency);
        return new ImportRow(number, values);
    }

    @Test
    public void newNamesAreAddedAndKnownOrRepeatedNamesAreDuplicates() {
        ImportReport report = as(SignedIn.as("bob", ZoneOffset.UTC)).importRows(List.of(
                row(2, "Globex", "SMB", "120,000", "eur"),
                row(3, " ACME ", "SMB", "1", "USD"),
                row(4, "globex", "Enterprise", "5", "USD"),
                row(5, "Initech", "", "", "")));
        assertEquals(new ImportReport(2, 2, List.of()), report);
        Customer globex = customers.findNamed("Globex").orElseThrow();
        assertEquals(List.of("SMB", 120_000L, "EUR"), List.of(globex.segment(), globex.annualRevenue(), globex.currency()));
        assertEquals("an existing customer is not changed by a row naming it", 300_000L,
                customers.findNamed("Acme").orElseThrow().annualRevenue());
        Customer initech = customers.findNamed("Initech").orElseThrow();
        assertEquals(List.of(0L, "USD"), List.of(initech.annualRevenue(), initech.currency()));
    }

    @Test
    public void spreadsheetGroupingsAreAmountsAndAnythingElseIsRefusedWithItsRow() {
        ImportReport report = as(SignedIn.as("bob", ZoneOffset.UTC)).importRows(List.of(
                row(2, "Dots", null, "1.250.000", "EUR"),
                row(3, "Spaces", null, "1 250 000", "EUR"),
                row(4, "Decimal", null, "1250.50", "EUR"),
                row(5, "Millions", null, "1.5M", "EUR"),
                row(6, "Negative", null, "-5", "EUR"),
                row(7, "Yen", null, "5", "JPY"),
                row(8, "", null, "5", "USD"),
                row(9, "Huge", null, "99999999999999999999", "USD")));
        assertEquals(2, report.created());
        assertEquals(1_250_000L, customers.findNamed("Dots").orElseThrow().annualRevenue());
        assertEquals(1_250_000L, customers.findNamed("Spaces").orElseThrow().annualRevenue());
        assertEquals(List.of(4, 5, 6, 7, 8, 9), report.rejected().stream().map(ImportReport.Rejection::row).toList());
        assertTrue(report.rejected().get(0).reason(), report.rejected().get(0).reason().startsWith("arr: Must be a whole amount"));
        assertTrue(report.rejected().get(3).reason(), report.rejected().get(3).reason().contains("no exchange rate for JPY"));
        assertTrue(report.rejected().get(4).reason(), report.rejected().get(4).reason().startsWith("name:"));
        assertEquals(List.of("Acme", "Dots", "Spaces"), customers.search("", 0, 10).values().stream().map(Customer::name).toList());
    }

    @Test
    public void aSegmentOffTheListRefusesItsRowAndOneOnItIsSpelledAsTheListSpellsIt() {
        ImportReport report = as(SignedIn.as("bob", ZoneOffset.UTC)).importRows(List.of(
                row(2, "Globex", "smb", "1", "USD"),
                row(3, "Initech", "Agencies", "1", "USD"),
                row(4, "Hooli", "ENTERPRISE", "1", "USD")));
        assertEquals(2, report.created());
        assertEquals(List.of(3), report.rejected().stream().map(ImportReport.Rejection::row).toList());
        assertTrue(report.rejected().get(0).reason(), report.rejected().get(0).reason().startsWith("segment: There is no segment 'Agencies'"));
        assertEquals("SMB", customers.findNamed("Globex").orElseThrow().segment());
        assertEquals("Enterprise", customers.findNamed("Hooli").orElseThrow().segment());
        assertTrue(customers.findNamed("Initech").isEmpty());
    }

    @Test
    public void onlySignedInUsersImport() {
        assertThrows(NotAllowed.class, () -> as(SignedIn.nobody()).importRows(List.of(row(2, "Globex", null, null, null))));
        assertEquals(1, customers.search("", 0, 10).total());
    }
}

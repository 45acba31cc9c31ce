package dev.productops.jira.application.insight;

import dev.productops.jira.application.fake.FixedScoreSettings;
import dev.productops.jira.application.fake.Immediately;
import dev.productops.jira.application.fake.InMemoryCustomers;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.StillInUse;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.ExchangeRates;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Base currency and rates, against the settings and the customer list in memory. */
public class CurrencySettingsTest {
    private final FixedScoreSettings settings = new FixedScoreSettings();
    private final InMemoryCustomers customers = new InMemoryCustomers()
            .customer(new Customer(1, "Acme", "Enterprise", 300_000, "USD"))
            .customer(new Customer(2, "Globex", "SMB", 100_000, "EUR"));

    private CurrencySettings as(SignedIn viewer) {
        return new CurrencySettings(settings, customers, viewer, new Immediately());
    }

    @Test
    public void anAdministratorChangesRatesThatStillCoverEveryCustomersCurrency() {
        ExchangeRates saved = as(SignedIn.administrator("admin")).change("EUR", Map.of("USD", 0.92));
        assertEquals("EUR", saved.base());
        assertEquals(0, new BigDecimal("0.92").compareTo(saved.rates().get("USD")));
        assertEquals(saved, settings.rates());
        assertEquals(saved, as(SignedIn.as("bob", ZoneOffset.UTC)).current());
    }

    @Test
    public void ratesThatWouldOrphanACustomerAreRefusedNamingItAndNothingChanges() {
        StillInUse refused = assertThrows(StillInUse.class, () -> as(SignedIn.administrator("admin")).change("USD", Map.of("GBP", 1.27)));
        assertTrue(refused.getMessage(), refused.getMessage().contains("Globex (EUR)"));
        assertTrue(refused.getMessage(), !refused.getMessage().contains("Acme"));
        assertTrue(refused.getMessage(), !refused.getMessage().contains("more"));
        assertEquals(ExchangeRates.DEFAULT, settings.rates());

        IntStream.rangeClosed(3, 3 + CurrencySettings.NAMED_AT_MOST).forEach(id -> customers.customer(new Customer(id, "C" + id, "", 1, "EUR")));
        StillInUse many = assertThrows(StillInUse.class, () -> as(SignedIn.administrator("admin")).change("USD", Map.of()));
        assertTrue(many.getMessage(), many.getMessage().contains(" and 2 more."));
    }

    @Test
    public void onlyAdministratorsChangeRatesAndAnyoneReadsThem() {
        CurrencySettings bob = as(SignedIn.as("bob", ZoneOffset.UTC));
        assertThrows(NotAllowed.class, () -> bob.change("EUR", Map.of("USD", 0.92)));
        assertEquals(ExchangeRates.DEFAULT, bob.current());
        assertThrows(NotAllowed.class, () -> as(SignedIn.nobody()).current());
    }
}

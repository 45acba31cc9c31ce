package dev.productops.jira.domain.insight;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ExchangeRatesTest {
    @Test
    public void convertsAtBaseUnitsPerUnitOfTheCurrency() {
        ExchangeRates rates = ExchangeRates.of("usd", Map.of("eur", 1.08, "GBP", 1.27));
        assertEquals("USD", rates.base());
        assertEquals(Optional.of(1_080.0), rates.toBase(1_000, "EUR"));
        assertEquals(Optional.of(1_000.0), rates.toBase(1_000, "USD"));
        assertEquals(Optional.empty(), rates.toBase(1_000, "JPY"));
        assertTrue(rates.knows("GBP"));
        assertFalse(rates.knows("JPY"));
    }

    @Test
    public void refusesWhatIsNotARate() {
        InvalidInput noBase = assertThrows(InvalidInput.class, () -> ExchangeRates.of("XYZ1", Map.of()));
        assertTrue(noBase.errors().containsKey("base"));
        InvalidInput negative = assertThrows(InvalidInput.class, () -> ExchangeRates.of("USD", Map.of("EUR", -1)));
        assertTrue(negative.errors().containsKey("rates.EUR"));
        InvalidInput zero = assertThrows(InvalidInput.class, () -> ExchangeRates.of("USD", Map.of("EUR", BigDecimal.ZERO)));
        assertTrue(zero.errors().containsKey("rates.EUR"));
        InvalidInput notCurrency = assertThrows(InvalidInput.class, () -> ExchangeRates.of("USD", Map.of("EURO", 1.1)));
        assertTrue(notCurrency.errors().containsKey("rates.EURO"));
        Map<String, Double> nullRate = new HashMap<>();
        nullRate.put("EUR", null);
        assertThrows(InvalidInput.class, () -> ExchangeRates.of("USD", nullRate));
        assertThrows(InvalidInput.class, () -> ExchangeRates.of("USD", null));
        assertThrows(InvalidInput.class, () -> ExchangeRates.of("USD", Map.of("EUR", Double.NaN)));
        assertThrows(InvalidInput.class, () -> ExchangeRates.of("USD", Map.of("eur", 1.1, "EUR", 1.2)));
    }

    @Test
    public void theBaseCurrencyIsItsOwnRate() {
        assertEquals(Map.of(), ExchangeRates.of("USD", Map.of("USD", 1)).rates());
        assertThrows(InvalidInput.class, () -> ExchangeRates.of("USD", Map.of("USD", 2)));
    }
}

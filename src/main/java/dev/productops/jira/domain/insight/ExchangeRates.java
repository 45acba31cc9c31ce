package dev.productops.jira.domain.insight;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The base currency amounts are summed in, and for each other currency how many base units one unit of it is
 * worth ({"EUR": 1.08} with base USD: 1 EUR = 1.08 USD). Amounts stay stored in their own currency; only sums and
 * the evidence score use the base.
 */
public record ExchangeRates(String base, Map<String, BigDecimal> rates) {
    public static final int RATES_MAX = 200;

    /**
     * What an install that never saved rates uses: the issue's own example rates, so customers in EUR and GBP that
     * existed before rates were configurable keep a score; administrators replace them with their own.
     */
    public static final ExchangeRates DEFAULT = new ExchangeRates("USD",
            Map.of("EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27")));

    public ExchangeRates {
        rates = Collections.unmodifiableMap(new TreeMap<>(rates));
    }

    /** Checks what an administrator sent; every problem is reported at once, by field. */
    public static ExchangeRates of(String base, Map<String, ? extends Number> rates) {
        InputCheck check = new InputCheck();
        String code = base == null ? "" : base.strip().toUpperCase(Locale.ROOT);
        if (!isoCurrency(code)) {
            check.fail("base", "Must be an ISO 4217 currency code such as USD or EUR.");
        }
        Map<String, BigDecimal> clean = new TreeMap<>();
        if (rates == null) {
            check.fail("rates", "Must be an object of currency codes to rates, such as {\"EUR\": 1.08}.");
        } else if (rates.size() > RATES_MAX) {
            check.fail("rates", "At most " + RATES_MAX + " currencies.");
        } else {
            rates.forEach((currency, rate) -> {
                String c = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
                if (!isoCurrency(c)) {
                    check.fail("rates." + currency, "Must be an ISO 4217 currency code such as EUR.");
                    return;
                }
                BigDecimal value = rate == null ? null : toDecimal(rate);
                if (value == null || value.signum() <= 0) {
                    check.fail("rates." + c, "Must be a positive number: base units per 1 " + c + ".");
                } else if (clean.put(c, value) != null) {
                    check.fail("rates." + c, "Appears more than once.");
                }
            });
            if (clean.containsKey(code) && clean.get(code).compareTo(BigDecimal.ONE) != 0) {
                check.fail("rates." + code, "The base currency's rate is 1.");
            }
        }
        check.throwIfAny();
        clean.remove(code);
        return new ExchangeRates(code, clean);
    }

    private static BigDecimal toDecimal(Number rate) {
        double value = rate.doubleValue();
        if (!Double.isFinite(value)) {
            return null;
        }
        return rate instanceof BigDecimal decimal ? decimal : new BigDecimal(rate.toString());
    }

    private static boolean isoCurrency(String code) {
        return code.matches("[A-Z]{3}")
                && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    /** Why an amount in this currency cannot be summed, in the words the customer forms and imports show. */
    public String missingRate(String currency) {
        return "There is no exchange rate for " + currency + " (base currency " + base
                + "). An administrator adds it in the currency settings first.";
    }

    public boolean knows(String currency) {
        return base.equals(currency) || rates.containsKey(currency);
    }

    /** The amount in base units; empty for a currency without a rate. */
    public Optional<Double> toBase(long amount, String currency) {
        if (base.equals(currency)) {
            return Optional.of((double) amount);
        }
        BigDecimal rate = rates.get(currency);
        return rate == null ? Optional.empty() : Optional.of(amount * rate.doubleValue());
    }
}

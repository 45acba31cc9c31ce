package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.insight.CurrencySettings;
import dev.productops.jira.domain.insight.ExchangeRates;

import java.math.BigDecimal;
import java.util.Map;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * The base currency and exchange rates (base units per 1 unit of each other currency). Every signed-in user reads
 * them, since amounts are shown in the base currency; administrators change them.
 */
@Path("settings/currency")
@Produces(MediaType.APPLICATION_JSON)
public class CurrencySettingsResource {
    private final CurrencySettings settings;

    @Inject
    public CurrencySettingsResource(CurrencySettings settings) {
        this.settings = settings;
    }

    public record CurrencyJson(String base, Map<String, BigDecimal> rates) {
        static CurrencyJson of(ExchangeRates rates) {
            return new CurrencyJson(rates.base(), rates.rates());
        }
    }

    /** Rates as numbers, whole or not; the strict reader refuses a string or a boolean rather than coercing it. */
    public record InputJson(String base, Map<String, Number> rates) {
    }

    @GET
    public CurrencyJson current() {
        return CurrencyJson.of(settings.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CurrencyJson change(byte[] body) {
        InputJson input = JsonBodies.read(body, InputJson.class);
        return CurrencyJson.of(settings.change(input.base(), input.rates()));
    }
}

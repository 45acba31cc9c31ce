package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.insight.CurrencySettings;

import java.util.Map;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** The evidence score's weight per customer segment (unlisted segments weigh 1): everyone reads, administrators set. */
@Path("settings/segment-weights")
@Produces(MediaType.APPLICATION_JSON)
public class SegmentWeightsResource {
    private final CurrencySettings settings;

    @Inject
    public SegmentWeightsResource(CurrencySettings settings) {
        this.settings = settings;
    }

    public record WeightsJson(Map<String, ? extends Number> weights) {
    }

    @GET
    public WeightsJson current() {
        return new WeightsJson(settings.segmentWeights());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public WeightsJson change(byte[] body) {
        WeightsJson input = JsonBodies.read(body, InputJson.class).asWeights();
        return new WeightsJson(settings.changeSegmentWeights(input.weights()));
    }

    /** Numbers, whole or not; the strict reader refuses a string or a boolean rather than coercing it. */
    public record InputJson(Map<String, Number> weights) {
        WeightsJson asWeights() {
            return new WeightsJson(weights);
        }
    }
}

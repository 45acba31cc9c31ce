package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.application.metrics.Metric;
import dev.productops.jira.application.metrics.MetricQuery;
import dev.productops.jira.application.metrics.ProductOpsMetrics;
import dev.productops.jira.application.metrics.RequestedPeriod;
import dev.productops.jira.application.problem.NotFound;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Product-ops metrics for the dashboard gadget (and anyone who wants the numbers), computed for the caller. */
@Path("metrics")
@LicensedOnly
public class MetricsResource {
    private final ProductOpsMetrics metrics;

    @Inject
    public MetricsResource(ProductOpsMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * {@code weeks} (default 12) counts back from {@code to} (default: today in the caller's Jira time zone) when
     * {@code from} is not given: the gadget sends only {@code weeks}, so the period follows the viewer's Jira
     * profile rather than the browser's clock.
     */
    @GET
    @Path("{metric}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> metric(@PathParam("metric") String metric, @QueryParam("projects") String projects,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("weeks") String weeks,
                                      @QueryParam("interval") String interval, @QueryParam("threshold") String threshold,
                                      @QueryParam("maxResults") String maxResults) {
        Metric chosen = MetricIds.of(metric).orElseThrow(() -> new NotFound("There is no metric '" + metric + "'. The metrics are "
                + Arrays.stream(Metric.values()).map(MetricIds::id).collect(Collectors.joining(", ")) + "."));
        if (interval != null && !interval.isBlank() && !interval.strip().equals("week")) {
            throw RestProblem.badRequest("The 'interval' parameter must be week (the only interval there is), not '" + interval + "'.");
        }
        RequestedPeriod period = new RequestedPeriod(Parameters.day("from", from), Parameters.day("to", to),
                Parameters.whole("weeks", weeks, RequestedPeriod.DEFAULT_WEEKS));
        MetricQuery query = new MetricQuery(chosen, Parameters.projects(projects), period,
                Parameters.number("threshold", threshold, MetricQuery.DEFAULT_THRESHOLD),
                wholeNumber("maxResults", maxResults, MetricQuery.DEFAULT_MAX_RESULTS));
        return MetricsJson.of(metrics.report(query));
    }

    /** "2.5" is a number but not a count: refused with the parameter's name rather than rounded. */
    private static int wholeNumber(String name, String value, int otherwise) {
        double number = Parameters.number(name, value, otherwise);
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw RestProblem.badRequest("The '" + name + "' parameter must be a whole number, not '" + value + "'.");
        }
        return (int) number;
    }
}

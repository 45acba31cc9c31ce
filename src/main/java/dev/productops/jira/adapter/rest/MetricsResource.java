package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.application.metrics.MetricReport;
import dev.productops.jira.application.metrics.ProductOpsMetrics;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Product-ops metrics for the dashboard gadget (and anyone who wants the numbers), computed for the caller. */
@Path("metrics")
@LicensedOnly
public class MetricsResource {
    private final ProductOpsMetrics metrics;

    @Inject
    public MetricsResource(ProductOpsMetrics metrics) {
        this.metrics = metrics;
    }

    @GET
    @Path("{metric}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> metric(@PathParam("metric") String metric, @QueryParam("projects") String projects,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("interval") String interval, @QueryParam("threshold") String threshold,
                                      @QueryParam("maxResults") String maxResults) {
        return json(metrics.report(metric, projects, from, to, interval, threshold, maxResults));
    }

    /** Dates as ISO strings whatever Jackson modules the host has. */
    static Map<String, Object> json(MetricReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", report.metric());
        out.put("from", day(report.from()));
        out.put("to", day(report.to()));
        out.put("interval", report.interval());
        out.put("projects", report.projects());
        out.put("skippedProjects", report.skippedProjects());
        List<Map<String, Object>> series = new ArrayList<>();
        for (MetricReport.Point point : report.series()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("start", day(point.start()));
            p.put("values", point.values());
            if (report.metric().equals("dependency-health")) {
                p.put("snapshotDay", day(point.snapshotDay()));
            }
            series.add(p);
        }
        out.put("series", series);
        out.put("totals", report.totals());
        Map<String, Object> inputs = new LinkedHashMap<>();
        report.inputs().forEach((k, v) -> inputs.put(k, v instanceof LocalDate d ? day(d) : v));
        out.put("inputs", inputs);
        out.put("drilldown", report.drilldown());
        if (report.metric().equals("top-evidence")) {
            out.put("issues", report.issues());
        }
        return out;
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}

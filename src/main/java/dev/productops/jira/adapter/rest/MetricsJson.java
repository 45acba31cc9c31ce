package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.metrics.MetricReport;
import dev.productops.jira.application.metrics.MetricReport.DependencyHealthReport;
import dev.productops.jira.application.metrics.MetricReport.EvidenceCoverageReport;
import dev.productops.jira.application.metrics.MetricReport.InsightIntakeReport;
import dev.productops.jira.application.metrics.MetricReport.TopEvidenceReport;
import dev.productops.jira.domain.ProjectKey;
import dev.productops.jira.domain.metrics.DependencyHealth;
import dev.productops.jira.domain.metrics.EvidenceCoverage;
import dev.productops.jira.domain.metrics.InsightIntake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metrics API's JSON (field names are public API: docs/openapi.yaml). Built as maps with dates as ISO strings,
 * so the answer is the same whatever Jackson modules the host has.
 */
final class MetricsJson {
    static final String COVERAGE_FORMULA = "linkedShare = linked / resolved; strongShare = strong / resolved; "
            + "strong = evidence score >= threshold";
    static final String WAITING = "not done, and in no unreleased fix version";

    private MetricsJson() {
    }

    static Map<String, Object> of(MetricReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", MetricIds.id(report.metric()));
        out.put("from", day(report.period().from()));
        out.put("to", day(report.period().to()));
        out.put("interval", "week");
        out.put("projects", keys(report.scope().projects()));
        out.put("skippedProjects", keys(report.scope().skipped()));
        // Java 17 has no switch over sealed types yet; the last branch names the only type left.
        if (report instanceof EvidenceCoverageReport r) {
            coverage(r, out);
        } else if (report instanceof InsightIntakeReport r) {
            intake(r, out);
        } else if (report instanceof DependencyHealthReport r) {
            health(r, out);
        } else {
            topEvidence((TopEvidenceReport) report, out);
        }
        return out;
    }

    private static void coverage(EvidenceCoverageReport r, Map<String, Object> out) {
        List<Map<String, Object>> series = new ArrayList<>();
        r.byWeek().forEach((week, counts) -> series.add(point(week, coverage(counts))));
        out.put("series", series);
        out.put("totals", coverage(r.total()));
        out.put("inputs", map("threshold", r.threshold(), "formula", COVERAGE_FORMULA));
        Map<String, String> drilldown = new LinkedHashMap<>();
        drilldown.put("resolved", DrilldownLinks.resolvedBetween(r.scope().projects(), r.period().from(), r.period().to()));
        putIfPresent(drilldown, "linked", DrilldownLinks.issues(r.linkedIssueKeys()));
        putIfPresent(drilldown, "strong", DrilldownLinks.issues(r.strongIssueKeys()));
        out.put("drilldown", drilldown);
    }

    private static Map<String, Object> coverage(EvidenceCoverage.Counts counts) {
        return map("resolved", counts.resolved(), "linked", counts.linked(), "strong", counts.strong(),
                "linkedShare", counts.linkedShare(), "strongShare", counts.strongShare());
    }

    private static void intake(InsightIntakeReport r, Map<String, Object> out) {
        List<Map<String, Object>> series = new ArrayList<>();
        r.byWeek().forEach((week, tally) -> series.add(point(week, intake(tally))));
        out.put("series", series);
        out.put("totals", intake(r.total()));
        out.put("inputs", map("sources", List.copyOf(r.total().bySource().keySet()),
                "segments", List.copyOf(r.total().bySegment().keySet())));
        out.put("drilldown", Map.of());
    }

    private static Map<String, Object> intake(InsightIntake.Tally tally) {
        return map("total", tally.total(), "bySource", new TreeMap<>(tally.bySource()), "bySegment", new TreeMap<>(tally.bySegment()));
    }

    private static void health(DependencyHealthReport r, Map<String, Object> out) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (MetricReport.RecordedWeek week : r.weeks()) {
            Map<String, Object> point = point(week.start(), week.health() == null ? null : health(week.health()));
            point.put("snapshotDay", day(week.snapshotDay()));
            series.add(point);
        }
        out.put("series", series);
        out.put("totals", health(r.now()));
        out.put("inputs", map("staleAfterDays", r.staleAfterDays(), "firstSnapshot", day(r.firstSnapshot())));
        List<ProjectKey> projects = r.scope().projects();
        Map<String, String> drilldown = new LinkedHashMap<>();
        // Each number opens the view it names: the board's filters are the same parameters.
        drilldown.put("open", DrilldownLinks.board(projects, "state=conflict,blocked,at-risk,ok"));
        drilldown.put("atRisk", DrilldownLinks.board(projects, "problems=1"));
        drilldown.put("inCycles", DrilldownLinks.board(projects, "reason=IN_CYCLE"));
        drilldown.put("stale", DrilldownLinks.board(projects, "state=conflict,blocked,at-risk,ok&reason=BLOCKER_STALE"));
        out.put("drilldown", drilldown);
    }

    private static Map<String, Object> health(DependencyHealth health) {
        return map("open", health.open(), "atRisk", health.atRisk(), "inCycles", health.inCycles(), "stale", health.stale(),
                "medianBlockerAgeDays", health.medianBlockerAgeDays());
    }

    private static void topEvidence(TopEvidenceReport r, Map<String, Object> out) {
        out.put("series", List.of());
        out.put("totals", map("issues", r.issues().size()));
        out.put("inputs", map("maxResults", r.maxResults(), "waiting", WAITING));
        Map<String, String> drilldown = new LinkedHashMap<>();
        putIfPresent(drilldown, "issues", DrilldownLinks.issues(r.issues().stream().map(MetricReport.RankedIssue::key).toList()));
        out.put("drilldown", drilldown);
        out.put("issues", r.issues());
    }

    private static Map<String, Object> point(LocalDate week, Map<String, Object> values) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("start", day(week));
        point.put("values", values);
        return point;
    }

    /** Keys and values in turn, kept in order and allowing nulls (Map.of allows neither). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<String> keys(List<ProjectKey> keys) {
        return keys.stream().map(ProjectKey::value).toList();
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}

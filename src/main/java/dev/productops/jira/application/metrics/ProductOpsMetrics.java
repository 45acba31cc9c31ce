package dev.productops.jira.application.metrics;

import dev.productops.jira.application.dependency.ScopeAnalysis;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardSnapshot;
import dev.productops.jira.application.dependency.port.DependencyAttributesStore;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.metrics.MetricReport.Point;
import dev.productops.jira.application.metrics.MetricReport.RankedIssue;
import dev.productops.jira.application.metrics.port.DeliveredWork;
import dev.productops.jira.application.metrics.port.DeliveredWork.ResolvedIssue;
import dev.productops.jira.application.metrics.port.DeliveredWork.WaitingIssue;
import dev.productops.jira.application.metrics.port.DependencySnapshots;
import dev.productops.jira.application.metrics.port.EvidenceFigures;
import dev.productops.jira.application.metrics.port.EvidenceFigures.IssueSupport;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.dependency.RiskSettings;
import dev.productops.jira.domain.metrics.DependencyHealth;
import dev.productops.jira.domain.metrics.EvidenceCoverage;
import dev.productops.jira.domain.metrics.InsightIntake;
import dev.productops.jira.domain.metrics.ReportingPeriod;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Product-ops metrics for the dashboard, computed for the current viewer: every count covers only issues they may
 * browse, so two people looking at the same gadget see the numbers their own access allows.
 */
public class ProductOpsMetrics {
    static final String COVERAGE_FORMULA = "linkedShare = linked / resolved; strongShare = strong / resolved; "
            + "strong = evidence score >= threshold";

    private final DeliveredWork work;
    private final EvidenceFigures evidence;
    private final DependencySnapshots snapshots;
    private final DependencySource dependencies;
    private final DependencyLinkRules rules;
    private final DependencyAttributesStore attributes;
    private final CurrentViewer viewers;
    private final Clock clock;

    public ProductOpsMetrics(DeliveredWork work, EvidenceFigures evidence, DependencySnapshots snapshots,
                             DependencySource dependencies, DependencyLinkRules rules, DependencyAttributesStore attributes,
                             CurrentViewer viewers, Clock clock) {
        this.work = work;
        this.evidence = evidence;
        this.snapshots = snapshots;
        this.dependencies = dependencies;
        this.rules = rules;
        this.attributes = attributes;
        this.viewers = viewers;
        this.clock = clock;
    }

    public MetricReport report(String metricId, String projects, String from, String to, String interval, String threshold,
                               String maxResults) {
        viewers.require();
        Metric metric = Metric.ofId(metricId).orElseThrow(() -> new NotFound("There is no metric '" + metricId
                + "'. The metrics are evidence-coverage, insight-intake, dependency-health and top-evidence."));
        MetricQuery query = MetricQuery.parse(metric, projects, from, to, interval, threshold, maxResults, LocalDate.now(clock));
        Scope scope = scope(query);
        return switch (metric) {
            case EVIDENCE_COVERAGE -> evidenceCoverage(query, scope);
            case INSIGHT_INTAKE -> insightIntake(query, scope);
            case DEPENDENCY_HEALTH -> dependencyHealth(query, scope);
            case TOP_EVIDENCE -> topEvidence(query, scope);
        };
    }

    /** The projects the viewer may browse among those asked for; the others are named back, never explained. */
    private record Scope(List<BoardProject> projects, List<String> skipped) {
        List<String> keys() {
            return projects.stream().map(BoardProject::key).toList();
        }

        List<Long> ids() {
            return projects.stream().map(BoardProject::id).toList();
        }
    }

    private Scope scope(MetricQuery query) {
        List<BoardProject> visible = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String key : query.projectKeys()) {
            Optional<BoardProject> project = dependencies.visibleProject(key);
            project.ifPresentOrElse(visible::add, () -> skipped.add(key));
        }
        if (visible.isEmpty() && !query.projectKeys().isEmpty()) {
            throw new NotFound("None of the projects " + String.join(", ", query.projectKeys())
                    + " exists, or you do not have permission to see them.");
        }
        return new Scope(visible, skipped);
    }

    private MetricReport evidenceCoverage(MetricQuery query, Scope scope) {
        ReportingPeriod period = query.period();
        List<ResolvedIssue> resolved = work.resolvedBetween(scope.ids(), period.from(), period.to());
        Map<Long, IssueSupport> support = evidence.supportOf(resolved.stream().map(ResolvedIssue::id).toList());
        Map<Long, Double> scores = new HashMap<>();
        support.forEach((id, s) -> scores.put(id, s.score()));
        EvidenceCoverage coverage = EvidenceCoverage.of(period,
                resolved.stream().map(r -> new EvidenceCoverage.Delivered(r.id(), r.resolvedOn())).toList(), scores, query.threshold());
        List<Point> series = new ArrayList<>();
        coverage.byWeek().forEach((week, counts) -> series.add(new Point(week, coverageValues(counts), null)));
        Map<Long, String> keys = new HashMap<>();
        resolved.forEach(r -> keys.put(r.id(), r.key()));
        Map<String, String> drilldown = new LinkedHashMap<>();
        drilldown.put("resolved", IssueSearchLinks.resolvedBetween(scope.keys(), period.from(), period.to()));
        putIfPresent(drilldown, "linked", IssueSearchLinks.issues(coverage.linkedIssues().stream().map(keys::get).sorted().toList()));
        putIfPresent(drilldown, "strong", IssueSearchLinks.issues(coverage.strongIssues().stream().map(keys::get).sorted().toList()));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("threshold", query.threshold());
        inputs.put("formula", COVERAGE_FORMULA);
        return report(query, scope, series, coverageValues(coverage.total()), inputs, drilldown, List.of());
    }

    private static Map<String, Object> coverageValues(EvidenceCoverage.Counts counts) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("resolved", counts.resolved());
        values.put("linked", counts.linked());
        values.put("strong", counts.strong());
        values.put("linkedShare", counts.linkedShare());
        values.put("strongShare", counts.strongShare());
        return values;
    }

    private MetricReport insightIntake(MetricQuery query, Scope scope) {
        ReportingPeriod period = query.period();
        InsightIntake intake = InsightIntake.of(period, evidence.intakeBetween(period.from(), period.to()));
        List<Point> series = new ArrayList<>();
        intake.byWeek().forEach((week, tally) -> series.add(new Point(week, intakeValues(tally), null)));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("sources", List.copyOf(intake.total().bySource().keySet()));
        inputs.put("segments", List.copyOf(intake.total().bySegment().keySet()));
        return report(query, scope, series, intakeValues(intake.total()), inputs, Map.of(), List.of());
    }

    private static Map<String, Object> intakeValues(InsightIntake.Tally tally) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("total", tally.total());
        values.put("bySource", new TreeMap<>(tally.bySource()));
        values.put("bySegment", new TreeMap<>(tally.bySegment()));
        return values;
    }

    private MetricReport dependencyHealth(MetricQuery query, Scope scope) {
        LocalDate today = LocalDate.now(clock);
        BoardSnapshot snapshot = dependencies.load(scope.projects(), rules.current());
        ScopeAnalysis analysis = ScopeAnalysis.of(scope.projects(), snapshot,
                attributes.forLinks(snapshot.links().stream().map(BoardLink::linkId).toList()), today);
        DependencyHealth now = CrossTeamDependencies.health(analysis, today);

        ReportingPeriod period = query.period();
        List<LocalDate> snapshotDays = snapshots.daysBetween(period.from(), period.to());
        Map<LocalDate, LocalDate> lastDayOfWeek = new TreeMap<>();
        for (LocalDate day : snapshotDays) {
            lastDayOfWeek.merge(ReportingPeriod.weekOf(day), day, (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<LocalDate, DependencyHealth> recorded = lastDayOfWeek.isEmpty() ? Map.of()
                : snapshots.healthOn(lastDayOfWeek.values(), scope.ids(), work.browsableProjectIds());
        List<Point> series = new ArrayList<>();
        for (LocalDate week : period.weeks()) {
            LocalDate day = lastDayOfWeek.get(week);
            series.add(new Point(week, day == null ? null : healthValues(recorded.getOrDefault(day, DependencyHealth.of(List.of()))), day));
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("staleAfterDays", RiskSettings.DEFAULT_STALE_AFTER_DAYS);
        inputs.put("firstSnapshot", snapshotDays.isEmpty() ? null : snapshotDays.get(0));
        Map<String, String> drilldown = new LinkedHashMap<>();
        drilldown.put("open", IssueSearchLinks.board(scope.keys(), false));
        drilldown.put("atRisk", IssueSearchLinks.board(scope.keys(), true));
        drilldown.put("inCycles", IssueSearchLinks.board(scope.keys(), true));
        drilldown.put("stale", IssueSearchLinks.board(scope.keys(), true));
        return report(query, scope, series, healthValues(now), inputs, drilldown, List.of());
    }

    private static Map<String, Object> healthValues(DependencyHealth health) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("open", health.open());
        values.put("atRisk", health.atRisk());
        values.put("inCycles", health.inCycles());
        values.put("stale", health.stale());
        values.put("medianBlockerAgeDays", health.medianBlockerAgeDays());
        return values;
    }

    private MetricReport topEvidence(MetricQuery query, Scope scope) {
        Map<Long, IssueSupport> support = evidence.supportOf(work.issueIdsOf(scope.ids()));
        List<IssueSupport> ranked = new ArrayList<>(support.values());
        Map<Long, Double> scores = new HashMap<>();
        ranked.forEach(s -> scores.put(s.issueId(), s.score()));
        ranked.sort(Comparator.comparingDouble((IssueSupport s) -> -scores.get(s.issueId()))
                .thenComparingInt(s -> -s.insights()).thenComparingLong(IssueSupport::issueId));
        List<RankedIssue> issues = new ArrayList<>();
        for (WaitingIssue waiting : work.waitingAmong(scope.ids(), ranked.stream().map(IssueSupport::issueId).toList(), query.maxResults())) {
            IssueSupport s = support.get(waiting.id());
            issues.add(new RankedIssue(waiting.key(), waiting.summary(), waiting.status(), scores.get(waiting.id()), s.insights(),
                    s.customers().size()));
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("issues", issues.size());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("maxResults", query.maxResults());
        inputs.put("waiting", "not done, and in no unreleased fix version");
        Map<String, String> drilldown = new LinkedHashMap<>();
        putIfPresent(drilldown, "issues", IssueSearchLinks.issues(issues.stream().map(RankedIssue::key).toList()));
        return report(query, scope, List.of(), totals, inputs, drilldown, issues);
    }

    private static MetricReport report(MetricQuery query, Scope scope, List<Point> series, Map<String, Object> totals,
                                       Map<String, Object> inputs, Map<String, String> drilldown, List<RankedIssue> issues) {
        return new MetricReport(query.metric().id(), query.period().from(), query.period().to(), "week", scope.keys(),
                scope.skipped(), series, totals, inputs, drilldown, issues);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}

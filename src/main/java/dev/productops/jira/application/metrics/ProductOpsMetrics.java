package dev.productops.jira.application.metrics;

import dev.productops.jira.application.dependency.ScopeAnalysis;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardSnapshot;
import dev.productops.jira.application.dependency.port.DependencyAttributesStore;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.metrics.MetricReport.DependencyHealthReport;
import dev.productops.jira.application.metrics.MetricReport.EvidenceCoverageReport;
import dev.productops.jira.application.metrics.MetricReport.InsightIntakeReport;
import dev.productops.jira.application.metrics.MetricReport.RankedIssue;
import dev.productops.jira.application.metrics.MetricReport.RecordedWeek;
import dev.productops.jira.application.metrics.MetricReport.TopEvidenceReport;
import dev.productops.jira.application.metrics.port.DeliveredWork;
import dev.productops.jira.application.metrics.port.DeliveredWork.ResolvedIssue;
import dev.productops.jira.application.metrics.port.DeliveredWork.WaitingIssue;
import dev.productops.jira.application.metrics.port.DependencySnapshots;
import dev.productops.jira.application.metrics.port.EvidenceFigures;
import dev.productops.jira.application.metrics.port.EvidenceFigures.IssueSupport;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.ScoreSettings;
import dev.productops.jira.application.port.TimeZones;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.ProjectKey;
import dev.productops.jira.domain.dependency.RiskSettings;
import dev.productops.jira.domain.insight.EvidenceScore;
import dev.productops.jira.domain.metrics.DependencyHealth;
import dev.productops.jira.domain.metrics.EvidenceCoverage;
import dev.productops.jira.domain.metrics.InsightIntake;
import dev.productops.jira.domain.metrics.ReportingPeriod;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Product-ops metrics for the dashboard, computed for the current viewer: every count covers only issues they may
 * browse, so two people looking at the same gadget see the numbers their own access allows. Days are the viewer's:
 * "this week" and "resolved on" follow the time zone of their Jira profile.
 */
public class ProductOpsMetrics {
    private final DeliveredWork work;
    private final EvidenceFigures evidence;
    private final DependencySnapshots snapshots;
    private final DependencySource dependencies;
    private final DependencyLinkRules rules;
    private final DependencyAttributesStore attributes;
    private final CurrentViewer viewers;
    private final TimeZones zones;
    private final Clock clock;
    private final ScoreSettings scoring;

    public ProductOpsMetrics(DeliveredWork work, EvidenceFigures evidence, DependencySnapshots snapshots,
                             DependencySource dependencies, DependencyLinkRules rules, DependencyAttributesStore attributes,
                             CurrentViewer viewers, TimeZones zones, Clock clock, ScoreSettings scoring) {
        this.scoring = scoring;
        this.work = work;
        this.evidence = evidence;
        this.snapshots = snapshots;
        this.dependencies = dependencies;
        this.rules = rules;
        this.attributes = attributes;
        this.viewers = viewers;
        this.zones = zones;
        this.clock = clock;
    }

    public MetricReport report(MetricQuery query) {
        viewers.require();
        ZoneId zone = zones.viewerZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        ReportingPeriod period = query.period().on(today);
        Scope scope = scope(query);
        return switch (query.metric()) {
            case EVIDENCE_COVERAGE -> evidenceCoverage(query, period, scope, zone);
            case INSIGHT_INTAKE -> insightIntake(period, scope);
            case DEPENDENCY_HEALTH -> dependencyHealth(period, scope, today, zone);
            case TOP_EVIDENCE -> topEvidence(query, period, scope);
        };
    }

    /** The projects the viewer may browse among those asked for; the others are named back, never explained. */
    private record Scope(List<BoardProject> projects, List<ProjectKey> skipped) {
        List<Long> ids() {
            return projects.stream().map(BoardProject::id).toList();
        }

        MetricReport.Scope report() {
            return new MetricReport.Scope(projects.stream().map(p -> new ProjectKey(p.key())).toList(), skipped);
        }
    }

    private Scope scope(MetricQuery query) {
        List<BoardProject> visible = new ArrayList<>();
        List<ProjectKey> skipped = new ArrayList<>();
        for (ProjectKey key : query.projects().keys()) {
            Optional<BoardProject> project = dependencies.visibleProject(key.value());
            project.ifPresentOrElse(visible::add, () -> skipped.add(key));
        }
        if (visible.isEmpty() && !query.projects().isEmpty()) {
            throw new NotFound("None of the projects " + query.projects().keys().stream().map(ProjectKey::value)
                    .collect(Collectors.joining(", ")) + " exists, or you do not have permission to see them.");
        }
        return new Scope(visible, skipped);
    }

    private EvidenceCoverageReport evidenceCoverage(MetricQuery query, ReportingPeriod period, Scope scope, ZoneId zone) {
        // Resolved "on a day" of the viewer's calendar: from its first instant to the first instant of the next.
        List<ResolvedIssue> resolved = work.resolvedBetween(scope.ids(), period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant());
        Map<Long, IssueSupport> support = evidence.supportOf(resolved.stream().map(ResolvedIssue::id).toList());
        EvidenceScore formula = scoring.score();
        Map<Long, Double> scores = new HashMap<>();
        support.forEach((id, s) -> scores.put(id, s.score(formula)));
        EvidenceCoverage coverage = EvidenceCoverage.of(period, resolved.stream()
                .map(r -> new EvidenceCoverage.Delivered(r.id(), r.resolved().atZone(zone).toLocalDate())).toList(),
                scores, query.threshold());
        Map<Long, String> keys = new HashMap<>();
        resolved.forEach(r -> keys.put(r.id(), r.key()));
        return new EvidenceCoverageReport(scope.report(), period, new TreeMap<>(coverage.byWeek()), coverage.total(),
                query.threshold(), coverage.linkedIssues().stream().map(keys::get).sorted().toList(),
                coverage.strongIssues().stream().map(keys::get).sorted().toList());
    }

    private InsightIntakeReport insightIntake(ReportingPeriod period, Scope scope) {
        InsightIntake intake = InsightIntake.of(period, evidence.intakeBetween(period.from(), period.to()));
        return new InsightIntakeReport(scope.report(), period, new TreeMap<>(intake.byWeek()), intake.total());
    }

    private DependencyHealthReport dependencyHealth(ReportingPeriod period, Scope scope, LocalDate today, ZoneId zone) {
        BoardSnapshot snapshot = dependencies.load(scope.projects(), rules.current());
        ScopeAnalysis analysis = ScopeAnalysis.of(scope.projects(), snapshot,
                attributes.forLinks(snapshot.links().stream().map(BoardLink::linkId).toList()), today, zone);
        DependencyHealth now = CrossTeamDependencies.health(analysis, today, zone);

        List<LocalDate> snapshotDays = snapshots.daysBetween(period.from(), period.to());
        Map<LocalDate, LocalDate> lastDayOfWeek = new TreeMap<>();
        for (LocalDate day : snapshotDays) {
            lastDayOfWeek.merge(ReportingPeriod.weekOf(day), day, (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<LocalDate, DependencyHealth> recorded = lastDayOfWeek.isEmpty() ? Map.of()
                : snapshots.healthOn(lastDayOfWeek.values(), scope.ids(), work.browsableProjectIds());
        List<RecordedWeek> weeks = new ArrayList<>();
        for (LocalDate week : period.weeks()) {
            LocalDate day = lastDayOfWeek.get(week);
            weeks.add(new RecordedWeek(week, day, day == null ? null : recorded.getOrDefault(day, DependencyHealth.of(List.of()))));
        }
        return new DependencyHealthReport(scope.report(), period, weeks, now, RiskSettings.DEFAULT_STALE_AFTER_DAYS,
                snapshotDays.isEmpty() ? null : snapshotDays.get(0));
    }

    /**
     * Starts from the issues that have evidence (our tables), lets Jira keep those of the scope that wait, and scores
     * only them: what is read grows with the evidence and the scope, never with every issue of the projects.
     */
    private TopEvidenceReport topEvidence(MetricQuery query, ReportingPeriod period, Scope scope) {
        List<WaitingIssue> waiting = work.waitingAmong(scope.ids(), evidence.linkedIssueIds());
        Map<Long, IssueSupport> support = evidence.supportOf(waiting.stream().map(WaitingIssue::id).toList());
        EvidenceScore formula = scoring.score();
        Map<Long, Double> scores = new HashMap<>();
        Map<Long, Long> totals = new HashMap<>();
        support.forEach((id, s) -> {
            scores.put(id, s.score(formula));
            totals.put(id, formula.totalArr(s.customers()));
        });
        // Ties (the score is rounded to one decimal) go to more customers, then more revenue.
        List<RankedIssue> issues = waiting.stream()
                .filter(w -> support.containsKey(w.id()))
                .sorted(Comparator.comparingDouble((WaitingIssue w) -> -scores.get(w.id()))
                        .thenComparingInt(w -> -support.get(w.id()).customers().size())
                        .thenComparingLong(w -> -totals.get(w.id()))
                        .thenComparingLong(WaitingIssue::id))
                .limit(query.maxResults())
                .map(w -> new RankedIssue(w.key(), w.summary(), w.status(), scores.get(w.id()), support.get(w.id()).insights(),
                        support.get(w.id()).customers().size(), totals.get(w.id()), formula.rates().base()))
                .toList();
        return new TopEvidenceReport(scope.report(), period, issues, query.maxResults());
    }
}

package dev.productops.bench;

import dev.productops.jira.adapter.persistence.PluginTables;
import dev.productops.jira.adapter.persistence.SqlDependencySnapshots;
import dev.productops.jira.adapter.persistence.SqlEvidenceFigures;
import dev.productops.jira.application.metrics.port.EvidenceFigures.IssueSupport;
import dev.productops.jira.domain.metrics.DependencyHealth;
import dev.productops.jira.domain.metrics.EvidenceCoverage;
import dev.productops.jira.domain.metrics.InsightIntake;
import dev.productops.jira.domain.metrics.ReportingPeriod;
import dev.productops.standin.host.StandInDatabase;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The four metrics' database work, each two ways over the same inputs: {@code product*} through the plugin's own
 * adapters (SqlEvidenceFigures, SqlDependencySnapshots over PluginTables and the stand-in's SAL executor) plus the
 * domain arithmetic ProductOpsMetrics applies; {@code raw*} through {@link RawSqlMetrics}. The Jira side (resolved
 * issues, the scope's issue ids, browsable projects) is given as fixed in-memory inputs and costs nothing here.
 */
final class MetricsWorkload {
    static final double THRESHOLD = 3.0;
    static final ReportingPeriod PERIOD = new ReportingPeriod(MetricsDataset.PERIOD_FROM, MetricsDataset.LAST_DAY);
    /** The longest period the gadget allows is two years; 104 weeks, Monday to Sunday. */
    static final ReportingPeriod TWO_YEARS = new ReportingPeriod(MetricsDataset.LAST_DAY.minusWeeks(104).plusDays(1), MetricsDataset.LAST_DAY);
    static final int SCOPE_PROJECTS = 20;

    final SqlEvidenceFigures evidence;
    final SqlDependencySnapshots snapshots;
    final RawSqlMetrics raw;
    final List<EvidenceCoverage.Delivered> delivered;
    final List<Long> issueIds;
    final long[] issueIdArray;
    final List<LocalDate> days = MetricsDataset.snapshotDays();
    final List<Long> scope = new ArrayList<>();
    final List<Long> browsable = new ArrayList<>();

    MetricsWorkload(BenchDatabase db) {
        PluginTables tables = new PluginTables(new StandInDatabase(db.entityManager()));
        evidence = new SqlEvidenceFigures(tables);
        snapshots = new SqlDependencySnapshots(tables);
        raw = new RawSqlMetrics(db);
        List<MetricsDataset.Resolved> resolved = new MetricsDataset(db, DatasetShape.JIRA_DC).resolvedIssues();
        delivered = resolved.stream().map(r -> new EvidenceCoverage.Delivered(r.issueId(), r.resolvedOn())).toList();
        issueIds = resolved.stream().map(MetricsDataset.Resolved::issueId).toList();
        issueIdArray = issueIds.stream().mapToLong(Long::longValue).toArray();
        // 20 scope projects spread over the 500; the viewer may browse all of them but every tenth.
        for (int p = 0; p < MetricsDataset.PROJECTS; p++) {
            if (p % 25 == 0) {
                scope.add(MetricsDataset.projectId(p));
            }
            if (p % 10 != 3) {
                browsable.add(MetricsDataset.projectId(p));
            }
        }
    }

    EvidenceCoverage productCoverage() {
        // ProductOpsMetrics.evidenceCoverage, without the Jira side.
        Map<Long, IssueSupport> support = evidence.supportOf(issueIds);
        Map<Long, Double> scores = new HashMap<>();
        support.forEach((id, s) -> scores.put(id, s.score(RawSqlMetrics.FORMULA)));
        return EvidenceCoverage.of(PERIOD, delivered, scores, THRESHOLD);
    }

    EvidenceCoverage rawCoverage() throws SQLException {
        return EvidenceCoverage.of(PERIOD, delivered, raw.scoresOf(issueIdArray), THRESHOLD);
    }

    InsightIntake productIntake(ReportingPeriod period) {
        return InsightIntake.of(period, evidence.intakeBetween(period.from(), period.to()));
    }

    InsightIntake rawIntake(ReportingPeriod period) throws SQLException {
        return InsightIntake.of(period, raw.intakeByWeek(period.from(), period.to()));
    }

    Map<LocalDate, DependencyHealth> productHealth() {
        return snapshots.healthOn(days, scope, browsable);
    }

    Map<LocalDate, DependencyHealth> rawHealth() throws SQLException {
        return raw.healthOn(days, scope.stream().mapToLong(Long::longValue).toArray(), browsable.stream().mapToLong(Long::longValue).toArray());
    }

    /** ProductOpsMetrics.topEvidence up to the ranking handed to Jira's "waiting" filter. */
    List<RawSqlMetrics.Ranked> productRanking() {
        Map<Long, IssueSupport> support = evidence.supportOf(issueIds);
        List<IssueSupport> ranked = new ArrayList<>(support.values());
        Map<Long, Double> scores = new HashMap<>();
        ranked.forEach(s -> scores.put(s.issueId(), s.score(RawSqlMetrics.FORMULA)));
        ranked.sort(Comparator.comparingDouble((IssueSupport s) -> -scores.get(s.issueId()))
                .thenComparingInt(s -> -s.customers().size())
                .thenComparingLong(s -> -RawSqlMetrics.FORMULA.totalArr(s.customers()))
                .thenComparingLong(IssueSupport::issueId));
        List<RawSqlMetrics.Ranked> out = new ArrayList<>(ranked.size());
        for (IssueSupport s : ranked) {
            out.add(new RawSqlMetrics.Ranked(s.issueId(), scores.get(s.issueId()), s.insights(), s.customers().size()));
        }
        return out;
    }

    List<RawSqlMetrics.Ranked> rawRanking() throws SQLException {
        return raw.ranking(issueIdArray);
    }
}

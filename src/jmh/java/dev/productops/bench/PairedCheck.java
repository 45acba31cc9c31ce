package dev.productops.bench;

import dev.productops.jira.adapter.persistence.AoInsightLinks;
import dev.productops.jira.adapter.web.EvidencePanel;
import dev.productops.jira.application.insight.EvidenceQuery;
import dev.productops.jira.domain.insight.Evidence;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import dev.productops.standin.host.StandInSal;
import dev.productops.standin.host.VelocityTemplateRenderer;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A cross-check of the JMH ratios that survives a busy machine: the three ways run in turn (raw, AO, panel, raw,
 * ...) so that load from other processes hits all of them alike, and the ratio is taken between medians.
 */
final class PairedCheck {
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 4_000_000_000L;

    private final BenchDatabase db;
    private final RawJdbcEvidence raw;
    private final AoInsightLinks links;
    private final EvidencePanel panel;

    PairedCheck(BenchDatabase db) {
        this.db = db;
        this.raw = new RawJdbcEvidence(db);
        this.links = new AoInsightLinks(new EntityManagerActiveObjects(db.entityManager()),
                new dev.productops.jira.adapter.persistence.PluginTables(new dev.productops.standin.host.StandInDatabase(db.entityManager())));
        StandInSal i18n = new StandInSal(null, StandInSal.loadBundle(getClass().getClassLoader(), "i18n/productops"), "/jira", (java.nio.file.Path) null);
        this.panel = new EvidencePanel(new EvidenceQuery(new VisibleIssues(), links, new dev.productops.jira.application.fake.FixedScoreSettings()), i18n, new VelocityTemplateRenderer(getClass().getClassLoader()));
    }

    /** A Markdown table: median µs of each way and the ratios of the medians, per case. */
    String run() throws SQLException {
        StringBuilder table = new StringBuilder();
        table.append("| case | rounds | rawJdbc median (µs) | aoReadPath median (µs) | panelRender median (µs) | aoReadPath / rawJdbc | panelRender / rawJdbc |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (IssueCase issueCase : IssueCase.values()) {
            IssueCase.Picked picked = issueCase.pick(db);
            rounds(picked, WARM_UP_NANOS);
            long[][] samples = rounds(picked, MEASURE_NANOS);
            double rawMedian = median(samples[0]);
            double aoMedian = median(samples[1]);
            double panelMedian = median(samples[2]);
            table.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %,.0f | %.2f× | %.2f× |%n", issueCase,
                    samples[0].length, rawMedian, aoMedian, panelMedian, aoMedian / rawMedian, panelMedian / rawMedian));
        }
        return table.toString();
    }

    /** Rounds of raw, AO, panel until the time is up (at least 5): nanoseconds per call, one row per way. */
    private long[][] rounds(IssueCase.Picked picked, long budgetNanos) throws SQLException {
        long[][] samples = new long[3][64];
        int count = 0;
        long end = System.nanoTime() + budgetNanos;
        while (count < 5 || System.nanoTime() < end) {
            if (count == samples[0].length) {
                for (int way = 0; way < 3; way++) {
                    samples[way] = Arrays.copyOf(samples[way], count * 2);
                }
            }
            long start = System.nanoTime();
            sink(raw.linkedTo(picked.issueId()).size());
            long afterRaw = System.nanoTime();
            Evidence evidence = Evidence.of(picked.issueKey(), links.linkedTo(picked.issueId()), RawSqlMetrics.FORMULA);
            sink(evidence.insightCount());
            long afterAo = System.nanoTime();
            sink(panel.render(picked.issueKey()).orElseThrow().length());
            long afterPanel = System.nanoTime();
            samples[0][count] = afterRaw - start;
            samples[1][count] = afterAo - afterRaw;
            samples[2][count] = afterPanel - afterAo;
            count++;
        }
        for (int way = 0; way < 3; way++) {
            samples[way] = Arrays.copyOf(samples[way], count);
        }
        return samples;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return median / 1_000.0;
    }

    private static int sunk;

    /** Keeps results alive so the JIT cannot drop the calls. */
    private static void sink(int value) {
        sunk ^= value;
    }
}

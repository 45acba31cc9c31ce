package dev.productops.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mvn -Pbenchmark verify -Dbench.main=dev.productops.bench.MetricsBenchmarkMain}: makes sure the evidence
 * dataset and the snapshot fill are there, checks that product and baseline compute the same figures (and stops
 * with an exception, before any timing, when one differs), runs
 * {@link MetricsAggregatesBenchmark} in one JMH run and reports each metric as a ratio to its baseline.
 */
public final class MetricsBenchmarkMain {
    private static final List<String> METRICS = List.of("coverage", "intake12w", "intake104w", "health", "topEvidence");

    private MetricsBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(System.getProperty("bench.results", "target/benchmark"));
        Files.createDirectories(results);
        StringBuilder report = new StringBuilder();
        line(report, "Load average before the run: " + MachineLoad.now());
        try (BenchDatabase db = BenchDatabase.fromSystemProperties()) {
            EvidenceDataset.Outcome dataset = new EvidenceDataset(db, DatasetShape.JIRA_DC).ensure();
            line(report, "Dataset: " + DatasetShape.JIRA_DC.signature() + (dataset.generated() ? " (generated)" : " (reused)"));
            long start = System.nanoTime();
            boolean filled = new MetricsDataset(db, DatasetShape.JIRA_DC).ensureSnapshots();
            line(report, "Snapshots: " + MetricsDataset.SIGNATURE + (filled ? " (filled in " : " (reused, checked in ")
                    + (System.nanoTime() - start) / 1_000_000 + " ms)");
            MetricsWorkload work = new MetricsWorkload(db);
            SameAnswers answers = new SameAnswers();
            line(report, "");
            line(report, "Same answers (product vs baseline):");
            line(report, "");
            line(report, "- coverage: " + answers.compare("coverage", work.productCoverage().total(), work.rawCoverage().total())
                    + " " + work.productCoverage().total() + ", weeks " + answers.compare("coverage by week", work.productCoverage().byWeek(), work.rawCoverage().byWeek()));
            line(report, "- intake 12 weeks: " + answers.compare("intake 12 weeks", work.productIntake(MetricsWorkload.PERIOD).byWeek(), work.rawIntake(MetricsWorkload.PERIOD).byWeek())
                    + ", total " + work.productIntake(MetricsWorkload.PERIOD).total().total());
            line(report, "- intake 104 weeks: " + answers.compare("intake 104 weeks", work.productIntake(MetricsWorkload.TWO_YEARS).byWeek(), work.rawIntake(MetricsWorkload.TWO_YEARS).byWeek())
                    + ", total " + work.productIntake(MetricsWorkload.TWO_YEARS).total().total());
            line(report, "- health: " + answers.compare("health", work.productHealth(), work.rawHealth()) + ", last day " + work.productHealth().get(MetricsDataset.LAST_DAY));
            var productHealth = work.productHealth();
            var rawHealth = work.rawHealth();
            productHealth.forEach((day, health) -> {
                if (!health.equals(rawHealth.get(day))) {
                    line(report, "  - " + day + ": product " + health + ", raw " + rawHealth.get(day));
                }
            });
            List<RawSqlMetrics.Ranked> product = work.productRanking();
            List<RawSqlMetrics.Ranked> raw = work.rawRanking();
            line(report, "- top evidence: " + product.size() + " ranked issues; ranking " + answers.compare("top evidence", product, raw)
                    + "; top 100 identical: " + product.subList(0, Math.min(100, product.size())).equals(raw.subList(0, Math.min(100, raw.size())))
                    + "; positions that differ: " + differences(product, raw));
            answers.require(report);
        }

        if (Boolean.getBoolean("bench.checkOnly")) {
            System.out.println(report);
            return;
        }
        OtherJmhRuns.awaitEnd(java.time.Duration.ofMinutes(15));
        Collection<RunResult> runs = new Runner(options(results)).run();
        line(report, "");
        line(report, "JMH (ms/op, mean ± 99.9% error; ratio of means):");
        line(report, "");
        line(report, ratios(runs));
        line(report, "Load average after the run: " + MachineLoad.now());
        Files.writeString(results.resolve("metrics-summary.md"), report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + results.resolve("metrics-summary.md") + " and " + results.resolve("metrics-jmh-result.json"));
    }

    private static int differences(List<RawSqlMetrics.Ranked> a, List<RawSqlMetrics.Ranked> b) {
        int n = Math.max(a.size(), b.size());
        int differ = 0;
        for (int i = 0; i < n; i++) {
            if (i >= a.size() || i >= b.size() || !a.get(i).equals(b.get(i))) {
                differ++;
            }
        }
        return differ;
    }

    private static Options options(Path results) throws Exception {
        return JmhRunOptions.of(MetricsAggregatesBenchmark.class, results.resolve("metrics-jmh-result.json"), TimeValue.seconds(2));
    }

    static String ratios(Collection<RunResult> runs) {
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (RunResult run : runs) {
            String benchmark = run.getParams().getBenchmark().replaceAll(".*\\.", "");
            scores.put(benchmark, new double[]{run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError()});
        }
        StringBuilder table = new StringBuilder();
        line(table, "| metric | raw SQL (ms/op) | product (ms/op) | product / raw | ≤ 2× |");
        line(table, "|---|---:|---:|---:|:---:|");
        for (String metric : METRICS) {
            double[] raw = scores.get(metric + "Raw");
            double[] product = scores.get(metric + "Product");
            if (raw == null || product == null) {
                continue;
            }
            double ratio = product[0] / raw[0];
            line(table, String.format(Locale.ROOT, "| %s | %,.2f ± %,.2f | %,.2f ± %,.2f | %.2f× | %s |", metric, raw[0], raw[1],
                    product[0], product[1], ratio, ratio <= 2.0 ? "yes" : "NO"));
        }
        return table.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}

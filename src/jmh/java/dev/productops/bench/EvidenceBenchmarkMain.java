package dev.productops.bench;

import dev.productops.jira.adapter.persistence.AoInsightLinks;
import dev.productops.jira.adapter.persistence.PluginTables;
import dev.productops.standin.host.StandInDatabase;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import net.java.ao.DatabaseProvider;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code mvn -Pbenchmark verify}: makes sure the dataset is there, records what the read path costs in statements,
 * runs {@link EvidenceReadBenchmark} and reports each benchmark as a ratio to the raw JDBC baseline of the same run.
 */
public final class EvidenceBenchmarkMain {

    private EvidenceBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(System.getProperty("bench.results", "target/benchmark"));
        Files.createDirectories(results);
        StringBuilder report = new StringBuilder();
        line(report, "Load average before the run: " + MachineLoad.now());

        try (BenchDatabase db = BenchDatabase.fromSystemProperties()) {
            EvidenceDataset.Outcome dataset = new EvidenceDataset(db, DatasetShape.JIRA_DC).ensure();
            line(report, "Dataset: " + DatasetShape.JIRA_DC.signature());
            line(report, (dataset.generated() ? "Generated in " : "Reused (checked in ") + seconds(dataset.took()) + " s"
                    + (dataset.generated() ? "" : ")"));
            if (dataset.linkStats() != null) {
                line(report, "Links per issue: " + dataset.linkStats());
            }
            line(report, "");
            line(report, "| case | issue | links | product statements | JDBC statements |");
            line(report, "|---|---|---:|---:|---:|");
            StandInDatabase sal = new StandInDatabase(db.entityManager());
            AoInsightLinks links = new AoInsightLinks(new EntityManagerActiveObjects(db.entityManager()), new PluginTables(sal));
            RawJdbcEvidence raw = new RawJdbcEvidence(db);
            SameAnswers answers = new SameAnswers();
            List<String> checks = new ArrayList<>();
            for (IssueCase issueCase : IssueCase.values()) {
                IssueCase.Picked picked = issueCase.pick(db);
                int statements = statementsOf(db, sal, () -> links.linkedTo(picked.issueId()));
                line(report, "| " + issueCase + " | " + picked.issueKey() + " | " + picked.links() + " | " + statements + " | 1 |");
                Set<List<Object>> product = new HashSet<>();
                links.linkedTo(picked.issueId()).forEach(l -> product.add(List.of(l.insightId(), l.importance().level(), l.title(),
                        l.customerIfKnown().map(c -> (Object) c.id()).orElse("none"))));
                Set<List<Object>> baseline = new HashSet<>();
                raw.linkedTo(picked.issueId()).forEach(r -> baseline.add(List.of(r.insightId(), r.importance(), r.title(),
                        r.customerId() == null ? "none" : (Object) r.customerId())));
                checks.add(issueCase + " " + answers.compare(issueCase + " evidence", product, baseline));
            }
            line(report, "");
            line(report, "Same evidence read by AO and by raw JDBC (insight, importance, title, customer): " + String.join(", ", checks));
            answers.require(report);
        }

        OtherJmhRuns.awaitEnd(java.time.Duration.ofMinutes(15));
        Collection<RunResult> runs = new Runner(options(results)).run();
        line(report, "");
        line(report, "JMH (mean ± 99.9% error; ratios of means):");
        line(report, "");
        line(report, ratios(runs));
        try (BenchDatabase db = BenchDatabase.fromSystemProperties()) {
            line(report, "Paired check (the three ways in turn, medians; robust to load from other processes):");
            line(report, "");
            line(report, new PairedCheck(db).run());
        }
        line(report, "Load average after the run: " + MachineLoad.now());
        Files.writeString(results.resolve("summary.md"), report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + results.resolve("summary.md") + " and " + results.resolve("jmh-result.json"));
    }

    private static Options options(Path results) throws Exception {
        return JmhRunOptions.of(EvidenceReadBenchmark.class, results.resolve("jmh-result.json"), TimeValue.seconds(1));
    }

    /** How many SQL statements one call sends, through AO and as plain SQL through SAL. */
    private static int statementsOf(BenchDatabase db, StandInDatabase sal, Runnable work) {
        AtomicInteger count = new AtomicInteger();
        DatabaseProvider.SqlListener listener = sql -> count.incrementAndGet();
        java.util.function.Consumer<String> plain = sql -> count.incrementAndGet();
        db.entityManager().getProvider().addSqlListener(listener);
        sal.addSqlListener(plain);
        try {
            work.run();
        } finally {
            db.entityManager().getProvider().removeSqlListener(listener);
            sal.removeSqlListener(plain);
        }
        return count.get();
    }

    /** Each benchmark's mean as a multiple of the raw JDBC baseline for the same issue, in the same run. */
    static String ratios(Collection<RunResult> runs) {
        Map<IssueCase, Map<String, double[]>> byCase = new EnumMap<>(IssueCase.class);
        for (RunResult run : runs) {
            IssueCase issueCase = IssueCase.valueOf(run.getParams().getParam("issue"));
            String benchmark = run.getParams().getBenchmark().replaceAll(".*\\.", "");
            double mean = run.getPrimaryResult().getScore();
            double error = run.getPrimaryResult().getScoreError();
            byCase.computeIfAbsent(issueCase, c -> new java.util.HashMap<>()).put(benchmark, new double[]{mean, error});
        }
        StringBuilder table = new StringBuilder();
        line(table, "| case | rawJdbc (µs/op) | aoReadPath (µs/op) | panelRender (µs/op) | aoReadPath / rawJdbc | panelRender / rawJdbc |");
        line(table, "|---|---:|---:|---:|---:|---:|");
        byCase.forEach((issueCase, scores) -> {
            double[] raw = scores.get("rawJdbc");
            double[] ao = scores.get("aoReadPath");
            double[] panel = scores.get("panelRender");
            line(table, "| " + issueCase + " | " + score(raw) + " | " + score(ao) + " | " + score(panel) + " | "
                    + ratio(ao, raw) + " | " + ratio(panel, raw) + " |");
        });
        return table.toString();
    }

    private static String score(double[] result) {
        return result == null ? "–" : String.format(Locale.ROOT, "%,.1f ± %,.1f", result[0], result[1]);
    }

    private static String ratio(double[] result, double[] baseline) {
        return result == null || baseline == null ? "–" : String.format(Locale.ROOT, "%.2f×", result[0] / baseline[0]);
    }

    private static String seconds(java.time.Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}

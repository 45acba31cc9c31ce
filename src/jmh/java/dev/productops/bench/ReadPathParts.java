package dev.productops.bench;

import dev.productops.jira.adapter.persistence.AoInsightLinks;
import dev.productops.jira.adapter.persistence.PluginTables;
import dev.productops.jira.domain.insight.Evidence;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import dev.productops.standin.host.StandInDatabase;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mvn -Pbenchmark verify -Dbench.main=dev.productops.bench.ReadPathParts}: where the panel's read spends what
 * the baseline does not, for the typical, medium and hot issues. The baseline's own query is run in steps towards the
 * product: inside a transaction (what SAL's executor always opens in Jira), through the stand-in's SAL executor, then
 * the product's read path. Run in turn, like {@link PairedCheck}; medians of wall and thread CPU time per call.
 */
public final class ReadPathParts {
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 6_000_000_000L;

    private ReadPathParts() {
    }

    @FunctionalInterface
    private interface Way {
        Object call() throws SQLException;
    }

    public static void main(String[] args) throws Exception {
        StringBuilder report = new StringBuilder("Load average before: " + MachineLoad.now() + "\n\n");
        report.append("| case | step | wall median (µs) | / baseline | CPU median (µs) | / baseline |\n");
        report.append("|---|---|---:|---:|---:|---:|\n");
        try (BenchDatabase db = BenchDatabase.fromSystemProperties()) {
            StandInDatabase sal = new StandInDatabase(db.entityManager());
            AoInsightLinks links = new AoInsightLinks(new EntityManagerActiveObjects(db.entityManager()), new PluginTables(sal));
            RawJdbcEvidence raw = new RawJdbcEvidence(db);
            for (IssueCase issueCase : IssueCase.values()) {
                IssueCase.Picked picked = issueCase.pick(db);
                Map<String, Way> ways = new LinkedHashMap<>();
                ways.put("baseline: the hand-written join, autocommit", () -> raw.linkedTo(picked.issueId()));
                ways.put("the same in a transaction (BEGIN … COMMIT)", () -> {
                    try (Connection connection = db.connection()) {
                        connection.setAutoCommit(false);
                        try {
                            List<RawJdbcEvidence.Row> rows = raw.linkedTo(connection, picked.issueId());
                            connection.commit();
                            return rows;
                        } finally {
                            connection.setAutoCommit(true);
                        }
                    }
                });
                ways.put("the same through the stand-in's SAL executor", () -> sal.createReadOnly().execute(connection -> {
                    try {
                        return raw.linkedTo(connection, picked.issueId());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }));
                ways.put("product: `linkedTo`", () -> links.linkedTo(picked.issueId()));
                ways.put("product: `linkedTo` + `Evidence.of` (the paired check's read path)",
                        () -> Evidence.of(picked.issueKey(), links.linkedTo(picked.issueId()), RawSqlMetrics.FORMULA));
                rounds(ways, WARM_UP_NANOS);
                Map<String, long[][]> samples = rounds(ways, MEASURE_NANOS);
                long[][] baseline = samples.values().iterator().next();
                samples.forEach((step, times) -> report.append(String.format(Locale.ROOT, "| %s (%d rounds) | %s | %,.1f | %.2f× | %,.1f | %.2f× |%n",
                        issueCase, times[0].length, step, median(times[0]), median(times[0]) / median(baseline[0]),
                        median(times[1]), median(times[1]) / median(baseline[1]))));
            }
        }
        report.append("\nLoad average after: ").append(MachineLoad.now()).append('\n');
        Path results = Path.of(System.getProperty("bench.results", "target/benchmark"));
        Files.createDirectories(results);
        Files.writeString(results.resolve("read-path-parts.md"), report);
        System.out.println(report);
    }

    /** Each way once per round, in turn, until the time is up: {wall, CPU} nanoseconds per call. */
    private static Map<String, long[][]> rounds(Map<String, Way> ways, long budgetNanos) throws SQLException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, long[][]> samples = new LinkedHashMap<>();
        ways.keySet().forEach(step -> samples.put(step, new long[2][1024]));
        int count = 0;
        long end = System.nanoTime() + budgetNanos;
        while (count < 5 || System.nanoTime() < end) {
            for (Map.Entry<String, Way> way : ways.entrySet()) {
                long[][] times = samples.get(way.getKey());
                if (count == times[0].length) {
                    times[0] = Arrays.copyOf(times[0], count * 2);
                    times[1] = Arrays.copyOf(times[1], count * 2);
                }
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                if (way.getValue().call() == null) {
                    throw new IllegalStateException(way.getKey() + " answered nothing");
                }
                times[0][count] = System.nanoTime() - start;
                times[1][count] = threads.getCurrentThreadCpuTime() - cpu;
            }
            count++;
        }
        int rounds = count;
        samples.replaceAll((step, times) -> new long[][]{Arrays.copyOf(times[0], rounds), Arrays.copyOf(times[1], rounds)});
        return samples;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000.0;
    }
}

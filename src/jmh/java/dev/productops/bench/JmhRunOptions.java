package dev.productops.bench;

import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JMH settings our PostgreSQL benchmarks share: short on purpose (2 cores, ~5 minutes): one fork per case,
 * 3 warm-up and 5 measured iterations; the database settings passed on to the forks. Options given in
 * -Dbench.jmh win; OptionsBuilder's own values would otherwise shadow its parent's.
 */
final class JmhRunOptions {
    private static final List<String> PASSED_TO_FORKS = List.of("bench.jdbc.url", "bench.jdbc.user", "bench.jdbc.password", "bench.schema");

    private JmhRunOptions() {
    }

    static Options of(Class<?> benchmark, Path resultFile, TimeValue iterationTime) throws Exception {
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
        for (String property : PASSED_TO_FORKS) {
            if (System.getProperty(property) != null) {
                jvmArgs.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        String extra = System.getProperty("bench.jmh", "").trim();
        CommandLineOptions overrides = new CommandLineOptions(extra.isEmpty() ? new String[0] : extra.split("\\s+"));
        OptionsBuilder options = new OptionsBuilder();
        options.parent(overrides)
                .include(benchmark.getSimpleName())
                .jvmArgsAppend(jvmArgs.toArray(new String[0]))
                .resultFormat(ResultFormatType.JSON)
                .result(resultFile.toString());
        if (!overrides.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!overrides.getWarmupIterations().hasValue()) {
            options.warmupIterations(3);
        }
        if (!overrides.getWarmupTime().hasValue()) {
            options.warmupTime(iterationTime);
        }
        if (!overrides.getMeasurementIterations().hasValue()) {
            options.measurementIterations(5);
        }
        if (!overrides.getMeasurementTime().hasValue()) {
            options.measurementTime(iterationTime);
        }
        return options.build();
    }
}

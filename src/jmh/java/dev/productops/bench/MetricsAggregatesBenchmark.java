package dev.productops.bench;

import dev.productops.jira.domain.metrics.DependencyHealth;
import dev.productops.jira.domain.metrics.EvidenceCoverage;
import dev.productops.jira.domain.metrics.InsightIntake;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The metrics gadget's aggregates (issue 5, "Speed"): for each metric, the product's database work and domain
 * arithmetic ({@code *Product}) and a hand-written PostgreSQL baseline ({@code *Raw}). See {@link MetricsWorkload}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MetricsAggregatesBenchmark {
    private BenchDatabase db;
    private MetricsWorkload work;

    @Setup
    public void open() {
        db = BenchDatabase.fromSystemProperties();
        work = new MetricsWorkload(db);
    }

    @TearDown
    public void close() {
        db.close();
    }

    @Benchmark
    public EvidenceCoverage coverageProduct() {
        return work.productCoverage();
    }

    @Benchmark
    public EvidenceCoverage coverageRaw() throws SQLException {
        return work.rawCoverage();
    }

    @Benchmark
    public InsightIntake intake12wProduct() {
        return work.productIntake(MetricsWorkload.PERIOD);
    }

    @Benchmark
    public InsightIntake intake12wRaw() throws SQLException {
        return work.rawIntake(MetricsWorkload.PERIOD);
    }

    @Benchmark
    public InsightIntake intake104wProduct() {
        return work.productIntake(MetricsWorkload.TWO_YEARS);
    }

    @Benchmark
    public InsightIntake intake104wRaw() throws SQLException {
        return work.rawIntake(MetricsWorkload.TWO_YEARS);
    }

    @Benchmark
    public Map<LocalDate, DependencyHealth> healthProduct() {
        return work.productHealth();
    }

    @Benchmark
    public Map<LocalDate, DependencyHealth> healthRaw() throws SQLException {
        return work.rawHealth();
    }

    @Benchmark
    public List<RawSqlMetrics.Ranked> topEvidenceProduct() {
        return work.productRanking();
    }

    @Benchmark
    public List<RawSqlMetrics.Ranked> topEvidenceRaw() throws SQLException {
        return work.rawRanking();
    }
}

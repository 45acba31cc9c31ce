package dev.productops.jira.bench.dependency;

import dev.productops.jira.domain.dependency.DependencyAnalysis;
import dev.productops.jira.domain.dependency.IssueIndex;
import dev.productops.jira.domain.dependency.RiskSettings;
import dev.productops.jira.domain.dependency.RiskState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Issue 4's speed target on 200k issues / 1M dependency links, all three in one run:
 * {@link #riskEngine} our full analysis (CSR without repeats, components, topological order of the
 * condensation, critical path, state and reasons of every link); (a) {@link #tarjanBaseline} the plain
 * hand-written topological sort + cycle check of the whole graph ({@link TarjanBaseline});
 * (b) {@link #jgrapht} the same analysis as ours, without the risk rules, with JGraphT.
 * {@link #issueIdMapping} is informational: mapping 1M links' Jira ids to nodes, which the adapter does
 * before the analysis.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class DependencyAnalysisBenchmark {
    private GeneratedScope scope;
    private RiskSettings settings;

    @Setup(Level.Trial)
    public void generate() {
        scope = new GeneratedScope(200_000, 1_000_000, 100, 42L);
        settings = RiskSettings.on(GeneratedScope.TODAY);
        DependencyAnalysis analysis = DependencyAnalysis.of(scope.facts, scope.dependencies, settings);
        System.out.printf("%nscope: %d issues, %d links, %d distinct edges, %d cycles (largest %d), critical path %d, states %s%n",
                scope.issueCount, scope.linkCount, analysis.graph().edgeCount(), analysis.components().cycles().size(),
                analysis.components().cycles().stream().mapToInt(c -> c.length).max().orElse(0),
                analysis.criticalPath().length(), analysis.totals());
        TarjanBaseline baseline = TarjanBaseline.of(scope.issueCount, scope.from, scope.to, scope.linkCount);
        if (baseline.cycleCount != analysis.components().cycles().size()
                || baseline.componentCount != analysis.components().componentCount()) {
            throw new IllegalStateException("baseline and engine disagree on the cycles");
        }
        System.out.printf("baseline ordered %d of %d in %d components, %d cycles; jgrapht critical path %d%n",
                baseline.componentStart[baseline.componentCount], scope.issueCount, baseline.componentCount,
                baseline.cycleCount,
                JGraphTAnalysis.criticalPathLength(scope.issueCount, scope.from, scope.to, scope.linkCount, scope.resolved));
    }

    @Benchmark
    public int riskEngine() {
        DependencyAnalysis analysis = DependencyAnalysis.of(scope.facts, scope.dependencies, settings);
        return analysis.criticalPath().length() + analysis.totals().get(RiskState.CONFLICT);
    }

    @Benchmark
    public int tarjanBaseline() {
        TarjanBaseline baseline = TarjanBaseline.of(scope.issueCount, scope.from, scope.to, scope.linkCount);
        return baseline.order[0] + baseline.cycleCount + baseline.selfLoops.length;
    }

    /** Seconds per call: one fork and few iterations, or the run takes an hour; the ratio is far from its target. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 4, time = 1)
    public int jgrapht() {
        return JGraphTAnalysis.criticalPathLength(scope.issueCount, scope.from, scope.to, scope.linkCount, scope.resolved);
    }

    @Benchmark
    public int issueIdMapping() {
        IssueIndex index = new IssueIndex(scope.issueCount);
        int sum = 0;
        for (int i = 0; i < scope.linkCount; i++) {
            sum += index.add(scope.issueIds[scope.from[i]]) ^ index.add(scope.issueIds[scope.to[i]]);
        }
        return sum;
    }
}

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
 * (a) {@link #riskEngine} our full analysis (CSR without repeats, components, topological order of the
 * condensation, critical path, state of every link); (b) {@link #kahnBaseline} the plain
 * topological sort + cycle check; (c) {@link #jgrapht} the same analysis with JGraphT.
 * {@link #issueIdMapping} is informational: mapping 1M links' Jira ids to nodes, which the adapter does
 * before (a).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
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
        System.out.printf("kahn ordered %d of %d; jgrapht critical path %d%n",
                KahnBaseline.ordered(scope.issueCount, scope.from, scope.to, scope.linkCount), scope.issueCount,
                JGraphTAnalysis.criticalPathLength(scope.issueCount, scope.from, scope.to, scope.linkCount, scope.resolved));
    }

    @Benchmark
    public int riskEngine() {
        DependencyAnalysis analysis = DependencyAnalysis.of(scope.facts, scope.dependencies, settings);
        return analysis.criticalPath().length() + analysis.totals().get(RiskState.CONFLICT);
    }

    @Benchmark
    public int kahnBaseline() {
        return KahnBaseline.ordered(scope.issueCount, scope.from, scope.to, scope.linkCount);
    }

    @Benchmark
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

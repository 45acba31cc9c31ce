package dev.productops.jira.bench.dependency;

import dev.productops.jira.domain.dependency.DependencyAnalysis;
import dev.productops.jira.domain.dependency.DependencyGraph;
import dev.productops.jira.domain.dependency.RiskSettings;
import dev.productops.jira.domain.dependency.StronglyConnected;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The benchmark's yardstick (a) must do the work it stands for: order the whole graph and find every
 * cycle, the same cycles our engine finds.
 */
public class TarjanBaselineTest {

    @Test
    public void findsTheSameCyclesAsTheEngineOnTheBenchmarkScope() {
        GeneratedScope scope = new GeneratedScope(20_000, 100_000, 100, 42L);
        // The engine's cycles are over the binding links (blocker not done, not declined): the baseline gets the same.
        int[] from = new int[scope.linkCount];
        int[] to = new int[scope.linkCount];
        int binding = 0;
        for (int i = 0; i < scope.linkCount; i++) {
            if (scope.binding[i]) {
                from[binding] = scope.from[i];
                to[binding] = scope.to[i];
                binding++;
            }
        }
        TarjanBaseline baseline = TarjanBaseline.of(scope.issueCount, from, to, binding);
        DependencyAnalysis analysis = DependencyAnalysis.of(scope.facts, scope.dependencies, RiskSettings.on(GeneratedScope.TODAY));

        assertTrue("the generated scope has cycles", baseline.cycleCount > 0);
        assertEquals(sorted(analysis.components().cycles()), sorted(baseline.cycles()));
        assertEquals(analysis.components().componentCount(), baseline.componentCount);
        assertEquals(0, baseline.selfLoops.length);
        assertOrdersWholeGraph(baseline, scope.issueCount, from, to, binding);
    }

    @Test
    public void findsTheSameCyclesAsTheEngineOnAHandMadeGraph() {
        // 0 -> 1 -> 2 -> 0 (listed twice), 2 -> 3; 4 <-> 5 -> 6; 7 -> 7; 8 -> 9 -> 10 -> 8 and 10 -> 9; 11 alone
        int[] pairs = {0, 1, 1, 2, 2, 0, 2, 0, 2, 3, 4, 5, 5, 4, 5, 6, 7, 7, 8, 9, 9, 10, 10, 8, 10, 9};
        int n = 12;
        int[] from = new int[pairs.length / 2];
        int[] to = new int[pairs.length / 2];
        for (int i = 0; i < from.length; i++) {
            from[i] = pairs[2 * i];
            to[i] = pairs[2 * i + 1];
        }
        TarjanBaseline baseline = TarjanBaseline.of(n, from, to, from.length);
        StronglyConnected engine = StronglyConnected.of(DependencyGraph.of(n, from, to, from.length));

        List<int[]> expected = List.of(new int[]{0, 1, 2}, new int[]{4, 5}, new int[]{8, 9, 10});
        assertEquals(sorted(expected), sorted(baseline.cycles()));
        assertEquals(sorted(expected), sorted(engine.cycles()));
        assertEquals(3, baseline.cycleCount);
        assertEquals(7, baseline.componentCount);
        // An issue linked to itself is a cycle to the baseline; the engine drops such links by design.
        assertArrayEquals(new int[]{7}, baseline.selfLoops);
        assertFalse(engine.inCycle(7));
        assertOrdersWholeGraph(baseline, n, from, to, from.length);
    }

    @Test
    public void ordersAChainDeeperThanAThreadStack() {
        int n = 200_000;
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n - 1; i++) {
            from[i] = n - 2 - i;       // listed last first, so the walk goes deep
            to[i] = n - 1 - i;
        }
        from[n - 1] = n - 1;           // and one long cycle closing the chain
        to[n - 1] = 0;
        TarjanBaseline baseline = TarjanBaseline.of(n, from, to, n);
        assertEquals(1, baseline.componentCount);
        assertEquals(n, baseline.cycles().get(0).length);
        TarjanBaseline open = TarjanBaseline.of(n, from, to, n - 1);
        assertEquals(n, open.componentCount);
        assertOrdersWholeGraph(open, n, from, to, n - 1);
    }

    /** Every node exactly once; every link goes forward in component order, or stays inside one cycle. */
    private static void assertOrdersWholeGraph(TarjanBaseline baseline, int n, int[] from, int[] to, int count) {
        int[] componentOf = new int[n];
        Arrays.fill(componentOf, -1);
        for (int c = 0; c < baseline.componentCount; c++) {
            for (int p = baseline.componentStart[c]; p < baseline.componentStart[c + 1]; p++) {
                assertEquals("node listed twice", -1, componentOf[baseline.order[p]]);
                componentOf[baseline.order[p]] = c;
            }
        }
        assertEquals(n, baseline.componentStart[baseline.componentCount]);
        for (int i = 0; i < count; i++) {
            int a = componentOf[from[i]];
            int b = componentOf[to[i]];
            assertTrue(from[i] + " -> " + to[i], a < b || (a == b
                    && (from[i] == to[i] || baseline.componentStart[a + 1] - baseline.componentStart[a] > 1)));
        }
    }

    private static List<String> sorted(List<int[]> cycles) {
        List<String> out = new ArrayList<>();
        for (int[] cycle : cycles) {
            int[] members = cycle.clone();
            Arrays.sort(members);
            out.add(Arrays.toString(members));
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }
}

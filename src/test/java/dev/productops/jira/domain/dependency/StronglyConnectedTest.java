package dev.productops.jira.domain.dependency;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class StronglyConnectedTest {

    static DependencyGraph graph(int nodes, int... pairs) {
        int[] from = new int[pairs.length / 2];
        int[] to = new int[pairs.length / 2];
        for (int i = 0; i < from.length; i++) {
            from[i] = pairs[2 * i];
            to[i] = pairs[2 * i + 1];
        }
        return DependencyGraph.of(nodes, from, to, from.length);
    }

    /** Every edge goes forward in component order: the numbering is a topological order of the condensation. */
    static void assertTopological(DependencyGraph graph, StronglyConnected components) {
        for (int u = 0; u < graph.nodeCount(); u++) {
            for (int e = graph.firstEdge(u); e < graph.endEdge(u); e++) {
                int v = graph.target(e);
                assertTrue(u + " -> " + v, components.componentOf(u) <= components.componentOf(v));
                if (components.componentOf(u) == components.componentOf(v)) {
                    assertTrue(components.inCycle(u));
                }
            }
        }
    }

    @Test
    public void twoSeparateCyclesAreReportedWithTheirMembers() {
        // 0 -> 1 -> 2 -> 0, then 2 -> 3, and 4 <-> 5, with 6 alone after 5
        DependencyGraph graph = graph(7, 0, 1, 1, 2, 2, 0, 2, 3, 4, 5, 5, 4, 5, 6);
        StronglyConnected components = StronglyConnected.of(graph);
        List<int[]> cycles = components.cycles();
        assertEquals(2, cycles.size());
        assertEquals(4, components.componentCount());
        assertTrue(components.sameCycle(0, 2));
        assertTrue(components.sameCycle(4, 5));
        assertFalse(components.sameCycle(2, 3));
        assertFalse(components.sameCycle(0, 4));
        assertFalse(components.inCycle(6));
        assertArrayEquals(new int[]{0, 1, 2}, components.members(components.componentOf(1)));
        assertArrayEquals(new int[]{4, 5}, components.members(components.componentOf(4)));
        assertTopological(graph, components);
    }

    @Test
    public void cyclesSharingAnIssueAreOneComponent() {
        // 0 <-> 1 and 1 -> 2 -> 3 -> 1: all four wait for each other
        DependencyGraph graph = graph(5, 0, 1, 1, 0, 1, 2, 2, 3, 3, 1, 3, 4);
        StronglyConnected components = StronglyConnected.of(graph);
        assertEquals(1, components.cycles().size());
        assertArrayEquals(new int[]{0, 1, 2, 3}, components.cycles().get(0));
        assertTrue(components.componentOf(0) < components.componentOf(4));
    }

    @Test
    public void aSelfLinkIsNoCycleAndARepeatedLinkNoSecondEdge() {
        DependencyGraph graph = graph(3, 0, 0, 0, 1, 0, 1, 1, 2);
        StronglyConnected components = StronglyConnected.of(graph);
        assertTrue(components.cycles().isEmpty());
        assertEquals(3, components.componentCount());
        assertArrayEquals(new int[]{0, 1, 2}, components.nodesInOrder());
    }

    @Test
    public void nodesInOrderPutBlockersBeforeWhatTheyBlock() {
        // 3 -> 1 -> 0, 2 -> 0, 3 -> 2
        DependencyGraph graph = graph(4, 3, 1, 1, 0, 2, 0, 3, 2);
        StronglyConnected components = StronglyConnected.of(graph);
        int[] order = components.nodesInOrder();
        int[] position = new int[4];
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        assertTrue(position[3] < position[1]);
        assertTrue(position[1] < position[0]);
        assertTrue(position[2] < position[0]);
        assertTrue(position[3] < position[2]);
        assertTopological(graph, components);
    }

    @Test
    public void aChainOf200kIssuesNeedsNoDeepStack() {
        int n = 200_000;
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n - 1; i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        DependencyGraph chain = DependencyGraph.of(n, from, to, n - 1);
        StronglyConnected components = StronglyConnected.of(chain);
        assertEquals(n, components.componentCount());
        assertTopological(chain, components);
        CriticalPath path = CriticalPath.of(chain, components, new boolean[n]);
        assertEquals(n, path.length());

        // close it: one cycle of all 200k
        from[n - 1] = n - 1;
        to[n - 1] = 0;
        StronglyConnected ring = StronglyConnected.of(DependencyGraph.of(n, from, to, n));
        assertEquals(1, ring.cycles().size());
        assertEquals(n, ring.cycles().get(0).length);
    }
}

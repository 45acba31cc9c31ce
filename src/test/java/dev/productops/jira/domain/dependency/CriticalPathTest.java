package dev.productops.jira.domain.dependency;

import org.junit.Test;

import static dev.productops.jira.domain.dependency.StronglyConnectedTest.graph;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class CriticalPathTest {

    private static CriticalPath of(DependencyGraph graph, int... resolvedNodes) {
        boolean[] resolved = new boolean[graph.nodeCount()];
        for (int node : resolvedNodes) {
            resolved[node] = true;
        }
        return CriticalPath.of(graph, StronglyConnected.of(graph), resolved);
    }

    @Test
    public void theLongestChainOfADagWins() {
        // 0 -> 1 -> 2 -> 3 (four issues), 4 -> 3, 5 -> 6
        DependencyGraph graph = graph(7, 0, 1, 1, 2, 2, 3, 4, 3, 5, 6);
        CriticalPath path = of(graph);
        assertEquals(4, path.length());
        assertArrayEquals(new int[]{0, 1, 2, 3}, path.members());
        assertTrue(path.links(1, 2));
        assertFalse(path.links(4, 3));
        assertFalse(path.links(0, 2));
        assertFalse(path.contains(5));
    }

    @Test
    public void aResolvedIssueBreaksTheChain() {
        // 0 -> 1 -> 2 -> 3 -> 4 with 2 done: chains 0-1 and 3-4; 5 -> 6 -> 7 is now the longest
        DependencyGraph graph = graph(8, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 6, 7);
        CriticalPath path = of(graph, 2);
        assertEquals(3, path.length());
        assertArrayEquals(new int[]{5, 6, 7}, path.members());
    }

    @Test
    public void aCycleIsOneStepWeighingItsUnresolvedMembers() {
        // 0 -> {1 <-> 2 <-> 3} -> 4 ; 5 -> 6 -> 7 -> 8 (four)
        DependencyGraph graph = graph(9, 0, 1, 1, 2, 2, 3, 3, 1, 3, 4, 5, 6, 6, 7, 7, 8);
        CriticalPath path = of(graph);
        assertEquals(5, path.length());
        assertArrayEquals(new int[]{0, 1, 2, 3, 4}, path.members());
        assertTrue(path.links(0, 1));
        assertTrue(path.links(2, 3));
        assertTrue(path.links(3, 4));

        CriticalPath withOneDone = of(graph, 2, 8);
        assertEquals(4, withOneDone.length());
        assertArrayEquals(new int[]{0, 1, 3, 4}, withOneDone.members());
    }

    @Test
    public void tiesGoToTheChainEndingFirstAndNothingUnresolvedMeansNoPath() {
        DependencyGraph graph = graph(4, 0, 1, 2, 3);
        assertEquals(2, of(graph).length());
        assertEquals(0, of(graph, 0, 1, 2, 3).length());
        assertEquals(0, of(graph, 0, 1, 2, 3).members().length);
        assertEquals(1, of(graph, 0, 2, 3).length());
    }
}

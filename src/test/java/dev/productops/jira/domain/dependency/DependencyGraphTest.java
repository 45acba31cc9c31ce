package dev.productops.jira.domain.dependency;

import org.junit.Test;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class DependencyGraphTest {

    @Test
    public void aPairListedTwiceIsOneEdgeAndSelfLinksAreIgnored() {
        int[] from = {0, 0, 1, 2, 0, 2};
        int[] to = {1, 1, 2, 2, 2, 0};
        DependencyGraph graph = DependencyGraph.of(3, from, to, from.length);
        assertEquals(4, graph.edgeCount());
        assertArrayEquals(new int[]{1, 2}, graph.dependentsOf(0));
        assertArrayEquals(new int[]{2}, graph.dependentsOf(1));
        assertArrayEquals(new int[]{0}, graph.dependentsOf(2));
        assertTrue(graph.hasEdge(2, 0));
        assertFalse(graph.hasEdge(2, 2));
    }

    @Test
    public void onlyTheFirstCountPairsAreRead() {
        DependencyGraph graph = DependencyGraph.of(3, new int[]{0, 1, 2}, new int[]{1, 2, 0}, 2);
        assertEquals(2, graph.edgeCount());
        assertFalse(graph.hasEdge(2, 0));
    }

    @Test
    public void issuesWithoutLinksAreNodesWithoutEdges() {
        DependencyGraph graph = DependencyGraph.of(5, new int[]{3}, new int[]{1}, 1);
        assertEquals(5, graph.nodeCount());
        for (int node : new int[]{0, 1, 2, 4}) {
            assertEquals(graph.firstEdge(node), graph.endEdge(node));
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void aNodeOutsideTheGraphIsRefused() {
        DependencyGraph.of(2, new int[]{0}, new int[]{2}, 1);
    }

    @Test
    public void theBuilderMapsJiraIdsToNodesInOrderOfFirstAppearance() {
        GraphBuilder builder = new GraphBuilder()
                .dependency(10_500L, 10_100L)
                .dependency(10_100L, 99L)
                .dependency(10_500L, 10_100L);
        int lonely = builder.issue(7L);
        DependencyGraph graph = builder.build();
        IssueIndex issues = builder.issues();
        assertEquals(0, issues.nodeOf(10_500L));
        assertEquals(1, issues.nodeOf(10_100L));
        assertEquals(2, issues.nodeOf(99L));
        assertEquals(3, lonely);
        assertEquals(-1, issues.nodeOf(8L));
        assertEquals(99L, issues.issueId(2));
        assertEquals(3, builder.dependenciesAdded());
        assertEquals(4, graph.nodeCount());
        assertEquals(2, graph.edgeCount());
    }

    @Test
    public void theIssueIndexKeepsEveryIdThroughGrowth() {
        IssueIndex index = new IssueIndex(2);
        for (long id = 0; id < 100_000; id++) {
            assertEquals((int) id, index.add(id * 1_000_003L));
        }
        assertEquals(100_000, index.size());
        for (long id = 0; id < 100_000; id++) {
            assertEquals((int) id, index.nodeOf(id * 1_000_003L));
            assertEquals(id * 1_000_003L, index.issueId((int) id));
        }
        assertEquals(-1, index.nodeOf(-5L));
    }
}

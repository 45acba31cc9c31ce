package dev.productops.jira.bench.dependency;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same steps with JGraphT, the usual library choice: build the graph (it drops repeated edges
 * itself; self-links are skipped), strongly connected components (Kosaraju), the condensation as a
 * JGraphT graph of component numbers, its topological order, and the longest chain of unresolved
 * issues by dynamic programming over that order (a cycle weighs its unresolved members; a component
 * with none breaks the chain). No risk rules: those are ours alone.
 *
 * <p>The condensation is built here from {@code stronglyConnectedSets()} rather than with JGraphT's
 * own {@code getCondensation()}: that one makes an {@code AsSubgraph} per component, each filtering
 * every edge of the graph (O(components × edges)), and did not finish one call in ten minutes at
 * this size.
 */
final class JGraphTAnalysis {
    private JGraphTAnalysis() {
    }

    static int criticalPathLength(int n, int[] from, int[] to, int count, boolean[] resolved) {
        Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int node = 0; node < n; node++) {
            graph.addVertex(node);
        }
        for (int i = 0; i < count; i++) {
            if (from[i] != to[i]) {
                graph.addEdge(from[i], to[i]);
            }
        }
        List<Set<Integer>> components = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        Map<Integer, Integer> componentOf = new HashMap<>();
        Map<Integer, Integer> weight = new HashMap<>();
        Graph<Integer, DefaultEdge> condensation = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int c = 0; c < components.size(); c++) {
            condensation.addVertex(c);
            int unresolved = 0;
            for (Integer node : components.get(c)) {
                componentOf.put(node, c);
                if (!resolved[node]) {
                    unresolved++;
                }
            }
            weight.put(c, unresolved);
        }
        for (DefaultEdge edge : graph.edgeSet()) {
            int u = graph.getEdgeSource(edge);
            int v = graph.getEdgeTarget(edge);
            Integer a = componentOf.get(u);
            Integer b = componentOf.get(v);
            if (!a.equals(b) && !resolved[u] && !resolved[v]) {
                condensation.addEdge(a, b);
            }
        }
        Map<Integer, Integer> longest = new HashMap<>();
        int best = 0;
        TopologicalOrderIterator<Integer, DefaultEdge> order = new TopologicalOrderIterator<>(condensation);
        while (order.hasNext()) {
            Integer component = order.next();
            int own = weight.get(component);
            int before = 0;
            if (own > 0) {
                for (DefaultEdge edge : condensation.incomingEdgesOf(component)) {
                    before = Math.max(before, longest.get(condensation.getEdgeSource(edge)));
                }
            }
            int chain = own == 0 ? 0 : own + before;
            longest.put(component, chain);
            best = Math.max(best, chain);
        }
        return best;
    }
}

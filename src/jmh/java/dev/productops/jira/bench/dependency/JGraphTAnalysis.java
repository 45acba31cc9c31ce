package dev.productops.jira.bench.dependency;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.util.HashMap;
import java.util.Map;

/**
 * The same steps with JGraphT, the usual library choice: build the graph (it drops repeated edges
 * itself; self-links are skipped), strongly connected components and their condensation (Kosaraju),
 * topological order of the condensation, and the longest chain of unresolved issues by dynamic
 * programming over that order (a cycle weighs its unresolved members, a component with none breaks
 * the chain). No risk rules: those are ours alone.
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
        Graph<Graph<Integer, DefaultEdge>, DefaultEdge> condensation =
                new KosarajuStrongConnectivityInspector<>(graph).getCondensation();
        Map<Graph<Integer, DefaultEdge>, Integer> longest = new HashMap<>();
        int best = 0;
        TopologicalOrderIterator<Graph<Integer, DefaultEdge>, DefaultEdge> order = new TopologicalOrderIterator<>(condensation);
        while (order.hasNext()) {
            Graph<Integer, DefaultEdge> component = order.next();
            int weight = 0;
            for (Integer node : component.vertexSet()) {
                if (!resolved[node]) {
                    weight++;
                }
            }
            int before = 0;
            if (weight > 0) {
                for (DefaultEdge edge : condensation.incomingEdgesOf(component)) {
                    before = Math.max(before, longest.get(condensation.getEdgeSource(edge)));
                }
            }
            int chain = weight == 0 ? 0 : weight + before;
            longest.put(component, chain);
            best = Math.max(best, chain);
        }
        return best;
    }
}

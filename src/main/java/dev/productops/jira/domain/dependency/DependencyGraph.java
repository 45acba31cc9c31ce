package dev.productops.jira.domain.dependency;

import java.util.Arrays;

/**
 * Who must finish before whom, as a compact primitive-array graph: issues are int nodes 0..n-1, and
 * the dependencies of node u ("u must finish before v") are {@code targets[offsets[u] .. offsets[u+1])}
 * (CSR adjacency). No objects per node or edge, so 200k issues and 1M links fit in a few megabytes and
 * are walked at memory speed.
 *
 * <p>A link listed from both ends, or two link types between the same pair, is one edge; a link from
 * an issue to itself is ignored (an issue does not wait for itself).
 */
public final class DependencyGraph {
    private final int nodeCount;
    private final int[] offsets;
    private final int[] targets;

    private DependencyGraph(int nodeCount, int[] offsets, int[] targets) {
        this.nodeCount = nodeCount;
        this.offsets = offsets;
        this.targets = targets;
    }

    /**
     * Builds the graph from the first {@code count} pairs "{@code from[i]} must finish before
     * {@code to[i]}" in O(V + E): a counting sort by source, then one pass that drops repeats.
     */
    public static DependencyGraph of(int nodeCount, int[] from, int[] to, int count) {
        if (count > from.length || count > to.length) {
            throw new IllegalArgumentException("count " + count + " exceeds the edge arrays");
        }
        int[] offsets = new int[nodeCount + 1];
        for (int i = 0; i < count; i++) {
            int u = from[i];
            int v = to[i];
            checkNode(u, nodeCount);
            checkNode(v, nodeCount);
            if (u != v) {
                offsets[u + 1]++;
            }
        }
        for (int u = 0; u < nodeCount; u++) {
            offsets[u + 1] += offsets[u];
        }
        int[] fill = Arrays.copyOf(offsets, nodeCount);
        int[] targets = new int[offsets[nodeCount]];
        for (int i = 0; i < count; i++) {
            int u = from[i];
            int v = to[i];
            if (u != v) {
                targets[fill[u]++] = v;
            }
        }
        return withoutRepeats(nodeCount, offsets, targets);
    }

    /** Compacts each row in place, keeping the first occurrence of each target (a stamp per target, not a sort). */
    private static DependencyGraph withoutRepeats(int nodeCount, int[] offsets, int[] targets) {
        int[] seenFrom = new int[nodeCount];
        Arrays.fill(seenFrom, -1);
        int write = 0;
        int rowStart = 0;
        for (int u = 0; u < nodeCount; u++) {
            int rowEnd = offsets[u + 1];
            offsets[u] = write;
            for (int e = rowStart; e < rowEnd; e++) {
                int v = targets[e];
                if (seenFrom[v] != u) {
                    seenFrom[v] = u;
                    targets[write++] = v;
                }
            }
            rowStart = rowEnd;
        }
        offsets[nodeCount] = write;
        return new DependencyGraph(nodeCount, offsets, write == targets.length ? targets : Arrays.copyOf(targets, write));
    }

    private static void checkNode(int node, int nodeCount) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException("node " + node + " outside 0.." + (nodeCount - 1));
        }
    }

    public int nodeCount() {
        return nodeCount;
    }

    /** Distinct dependencies (pairs), after dropping repeats and self-links. */
    public int edgeCount() {
        return offsets[nodeCount];
    }

    /** First edge of {@code node}; its edges are {@code firstEdge(node) .. endEdge(node) - 1}. */
    public int firstEdge(int node) {
        return offsets[node];
    }

    public int endEdge(int node) {
        return offsets[node + 1];
    }

    /** The issue that waits on the edge's source. */
    public int target(int edge) {
        return targets[edge];
    }

    /** The issues that wait for {@code node}, as a copy (for callers outside hot loops). */
    public int[] dependentsOf(int node) {
        return Arrays.copyOfRange(targets, offsets[node], offsets[node + 1]);
    }

    /** Whether "{@code from} must finish before {@code to}" is an edge; linear in from's out-degree. */
    public boolean hasEdge(int from, int to) {
        for (int e = offsets[from], end = offsets[from + 1]; e < end; e++) {
            if (targets[e] == to) {
                return true;
            }
        }
        return false;
    }
}

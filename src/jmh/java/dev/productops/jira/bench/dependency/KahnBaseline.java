package dev.productops.jira.bench.dependency;

/**
 * The baseline: the least a dependency analysis must do, written plainly on primitive arrays.
 * Adjacency by counting sort, then Kahn's topological sort; fewer nodes ordered than exist means a
 * cycle. No repeat removal, no components, no path, no risk.
 */
final class KahnBaseline {
    private KahnBaseline() {
    }

    /** The number of issues Kahn could order; less than {@code n} when there is a cycle. */
    static int ordered(int n, int[] from, int[] to, int count) {
        int[] offsets = new int[n + 1];
        int[] indegree = new int[n];
        for (int i = 0; i < count; i++) {
            offsets[from[i] + 1]++;
            indegree[to[i]]++;
        }
        for (int u = 0; u < n; u++) {
            offsets[u + 1] += offsets[u];
        }
        int[] fill = java.util.Arrays.copyOf(offsets, n);
        int[] targets = new int[count];
        for (int i = 0; i < count; i++) {
            targets[fill[from[i]]++] = to[i];
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int u = 0; u < n; u++) {
            if (indegree[u] == 0) {
                queue[tail++] = u;
            }
        }
        while (head < tail) {
            int u = queue[head++];
            for (int e = offsets[u]; e < offsets[u + 1]; e++) {
                if (--indegree[targets[e]] == 0) {
                    queue[tail++] = targets[e];
                }
            }
        }
        return tail;
    }
}

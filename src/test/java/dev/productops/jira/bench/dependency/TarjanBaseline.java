package dev.productops.jira.bench.dependency;

/**
 * Baseline (a) of issue 4's speed target: the least a "topological sort + cycle check" must do on a
 * graph that has cycles, written plainly on primitive arrays and independent of the domain code (it is
 * the yardstick). Adjacency by counting sort (repeats kept: they change neither the components nor the
 * order), then Tarjan's strongly connected components with an explicit stack. The result orders the
 * whole graph (every issue, blockers first, the members of a cycle next to each other) and names every
 * cycle: each component of two or more issues, and each issue linked to itself.
 *
 * <p>Kahn's algorithm, the earlier baseline, stops where the first cycle blocks the rest and so orders
 * only part of a cyclic graph; it was replaced by this one.
 */
final class TarjanBaseline {
    /** Every node once, in a topological order of the condensation. */
    final int[] order;
    /** Component {@code c} is {@code order[componentStart[c] .. componentStart[c + 1])}. */
    final int[] componentStart;
    final int componentCount;
    /** How many components have two or more members. */
    final int cycleCount;
    /** Nodes with a link to themselves, ascending. */
    final int[] selfLoops;

    private TarjanBaseline(int[] order, int[] componentStart, int componentCount, int cycleCount, int[] selfLoops) {
        this.order = order;
        this.componentStart = componentStart;
        this.componentCount = componentCount;
        this.cycleCount = cycleCount;
        this.selfLoops = selfLoops;
    }

    static TarjanBaseline of(int n, int[] from, int[] to, int count) {
        int[] offsets = new int[n + 1];
        int selfLoopCount = 0;
        boolean[] selfLoop = new boolean[n];
        for (int i = 0; i < count; i++) {
            int u = from[i];
            offsets[u + 1]++;
            if (u == to[i] && !selfLoop[u]) {
                selfLoop[u] = true;
                selfLoopCount++;
            }
        }
        for (int u = 0; u < n; u++) {
            offsets[u + 1] += offsets[u];
        }
        int[] fill = java.util.Arrays.copyOf(offsets, n);
        int[] targets = new int[count];
        for (int i = 0; i < count; i++) {
            targets[fill[from[i]]++] = to[i];
        }

        // Tarjan. index[v]: discovery number + 1, 0 = not seen, -1 = in a finished component.
        int[] index = new int[n];
        int[] low = new int[n];
        int[] stack = new int[n];      // visited nodes without a component yet
        int[] path = fill;             // the depth-first "call stack" (fill is no longer needed)
        int[] next = new int[n];       // next edge to look at, per node on the path
        int[] popped = new int[n];     // components as Tarjan finishes them: reverse topological order
        int[] ends = new int[n + 1];   // ends[k]: where the k-th finished component ends in popped
        int stackSize = 0;
        int poppedSize = 0;
        int components = 0;
        int cycles = 0;
        int discovered = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] != 0) {
                continue;
            }
            index[root] = low[root] = ++discovered;
            stack[stackSize++] = root;
            next[root] = offsets[root];
            int depth = 0;
            path[depth++] = root;
            while (depth > 0) {
                int v = path[depth - 1];
                int e = next[v];
                if (e < offsets[v + 1]) {
                    next[v] = e + 1;
                    int w = targets[e];
                    int iw = index[w];
                    if (iw == 0) {
                        index[w] = low[w] = ++discovered;
                        stack[stackSize++] = w;
                        next[w] = offsets[w];
                        path[depth++] = w;
                    } else if (iw > 0 && iw < low[v]) {
                        low[v] = iw;
                    }
                    continue;
                }
                depth--;
                int lv = low[v];
                if (lv == index[v]) {
                    int start = poppedSize;
                    int w;
                    do {
                        w = stack[--stackSize];
                        index[w] = -1;
                        popped[poppedSize++] = w;
                    } while (w != v);
                    if (poppedSize - start > 1) {
                        cycles++;
                    }
                    ends[++components] = poppedSize;
                } else if (lv < low[path[depth - 1]]) {
                    low[path[depth - 1]] = lv;
                }
            }
        }

        // Reverse the finishing order: components (and so all nodes) in topological order.
        int[] order = new int[n];
        int[] componentStart = new int[components + 1];
        for (int k = 0; k < components; k++) {
            int c = components - 1 - k;
            int size = ends[k + 1] - ends[k];
            componentStart[c + 1] = n - ends[k];
            System.arraycopy(popped, ends[k], order, n - ends[k + 1], size);
        }
        int[] selfLoops = new int[selfLoopCount];
        for (int u = 0, s = 0; s < selfLoopCount; u++) {
            if (selfLoop[u]) {
                selfLoops[s++] = u;
            }
        }
        return new TarjanBaseline(order, componentStart, components, cycles, selfLoops);
    }

    /** The members of every component of two or more nodes, in topological order (members unordered). */
    java.util.List<int[]> cycles() {
        java.util.List<int[]> cycles = new java.util.ArrayList<>(cycleCount);
        for (int c = 0; c < componentCount; c++) {
            if (componentStart[c + 1] - componentStart[c] > 1) {
                cycles.add(java.util.Arrays.copyOfRange(order, componentStart[c], componentStart[c + 1]));
            }
        }
        return cycles;
    }
}

package dev.productops.jira.domain.dependency;

import java.util.Arrays;

/**
 * The critical path of a scope: the longest chain of unresolved dependencies, i.e. the most issues
 * that must still be finished one after the other. Its length says how many hand-overs the scope's
 * end date hangs on.
 *
 * <p>Definition. Each unresolved issue weighs 1, each resolved issue 0. A resolved issue
 * <em>breaks</em> a chain instead of passing it on: once A is done, "A before B" no longer holds B
 * back, so B's chain starts afresh. So the path is the heaviest path in the graph of unresolved
 * issues and the links between them.
 *
 * <p>Cycles. A cycle has no "first" issue, so no longest path through it exists in the plain sense.
 * The path is computed on the condensation (each {@link StronglyConnected} component shrunk to one
 * step), where a cycle is one step weighing its number of unresolved members: all of them must
 * finish before anything after the cycle can, in whatever order the teams untangle it. A chain
 * enters and leaves a step only through links between unresolved issues. The members of such a step
 * are listed together (in node order) in {@link #members()}.
 *
 * <p>One forward pass over the components in topological order: O(V + E), no recursion. Ties go to
 * the chain that ends earliest in that order, so the result is deterministic.
 */
public final class CriticalPath {
    private final int length;
    private final int[] members;
    private final int[] stepOf;

    private CriticalPath(int length, int[] members, int[] stepOf) {
        this.length = length;
        this.members = members;
        this.stepOf = stepOf;
    }

    /** {@code resolved[node]} says whether the issue is done (status category "done"). */
    public static CriticalPath of(DependencyGraph graph, StronglyConnected components, boolean[] resolved) {
        int n = graph.nodeCount();
        int count = components.componentCount();
        int[] weight = new int[count];
        for (int node = 0; node < n; node++) {
            if (!resolved[node]) {
                weight[components.componentOf(node)]++;
            }
        }
        int[] longestBefore = new int[count];  // heaviest chain that can lead into the component
        int[] enteredFrom = new int[count];    // the node that chain ends on, -1 for none
        Arrays.fill(enteredFrom, -1);
        int bestEnd = -1;
        int bestLength = 0;
        for (int c = 0; c < count; c++) {
            if (weight[c] == 0) {
                continue;
            }
            int chain = weight[c] + longestBefore[c];
            if (chain > bestLength) {
                bestLength = chain;
                bestEnd = c;
            }
            for (int p = components.membersStart(c), end = components.membersStart(c + 1); p < end; p++) {
                int u = components.nodeAt(p);
                if (resolved[u]) {
                    continue;
                }
                for (int e = graph.firstEdge(u), last = graph.endEdge(u); e < last; e++) {
                    int v = graph.target(e);
                    int d = components.componentOf(v);
                    if (d != c && !resolved[v] && chain > longestBefore[d]) {
                        longestBefore[d] = chain;
                        enteredFrom[d] = u;
                    }
                }
            }
        }
        return traced(components, resolved, weight, enteredFrom, bestEnd, bestLength);
    }

    private static CriticalPath traced(StronglyConnected components, boolean[] resolved, int[] weight,
                                       int[] enteredFrom, int end, int length) {
        int[] stepOf = new int[resolved.length];
        Arrays.fill(stepOf, -1);
        int[] members = new int[length];
        int write = length;
        int steps = 0;
        for (int c = end; c >= 0; c = enteredFrom[c] < 0 ? -1 : components.componentOf(enteredFrom[c])) {
            steps++;
            write -= weight[c];
            int w = write;
            for (int p = components.membersStart(c), stop = components.membersStart(c + 1); p < stop; p++) {
                int node = components.nodeAt(p);
                if (!resolved[node]) {
                    members[w++] = node;
                }
            }
        }
        // Steps were found from the end; number them from the start.
        int step = 0;
        for (int i = 0; i < length; ) {
            int c = components.componentOf(members[i]);
            while (i < length && components.componentOf(members[i]) == c) {
                stepOf[members[i++]] = step;
            }
            step++;
        }
        assert step == steps;
        return new CriticalPath(length, members, stepOf);
    }

    /** Unresolved issues on the path; 0 when every issue is resolved. */
    public int length() {
        return length;
    }

    /** The issues on the path, first blocker first. */
    public int[] members() {
        return members.clone();
    }

    /** The node's step on the path (members of one cycle share a step), -1 when not on it. */
    int step(int node) {
        return stepOf[node];
    }

    public boolean contains(int node) {
        return stepOf[node] >= 0;
    }

    /**
     * Whether the dependency "{@code from} before {@code to}" is a link of the path: both ends on it,
     * {@code to} one step after {@code from} (or both in the same cycle step).
     */
    public boolean links(int from, int to) {
        int a = stepOf[from];
        int b = stepOf[to];
        return a >= 0 && b >= 0 && (b == a + 1 || (b == a && from != to));
    }
}

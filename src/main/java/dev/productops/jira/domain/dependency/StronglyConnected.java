package dev.productops.jira.domain.dependency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The strongly connected components of a {@link DependencyGraph}: groups of issues that (through
 * their links) all wait for each other. Every component of more than one issue is a dependency cycle,
 * which no schedule can satisfy. Components of one issue are ordinary issues (self-links were dropped).
 *
 * <p>Components are numbered in a topological order of the condensation (the graph with each
 * component shrunk to one node): every dependency goes from a lower-numbered component to a higher
 * one, or stays inside one cycle. {@link #nodesInOrder()} lists the issues in that order, members of
 * a cycle next to each other.
 *
 * <p>Tarjan's algorithm with an explicit stack instead of recursion, because real scopes have
 * dependency chains far deeper than a thread stack (200k issues in one chain must work). Tarjan emits
 * each component after every component it leads to, so numbering them from the end gives the
 * topological order for free.
 */
public final class StronglyConnected {
    private final int[] componentOf;
    private final int[] memberOffsets;
    private final int[] members;

    private StronglyConnected(int[] componentOf, int[] memberOffsets, int[] members) {
        this.componentOf = componentOf;
        this.memberOffsets = memberOffsets;
        this.members = members;
    }

    public static StronglyConnected of(DependencyGraph graph) {
        int n = graph.nodeCount();
        int[] order = new int[n];      // discovery number + 1; 0 = not visited yet
        int[] low = new int[n];
        int[] componentOf = new int[n];
        Arrays.fill(componentOf, -1);
        int[] waiting = new int[n];    // Tarjan's stack of visited nodes without a component yet
        int[] path = new int[n];       // the explicit "call stack" of the depth-first walk
        int[] nextEdge = new int[n];
        int waitingSize = 0;
        int discovered = 0;
        int found = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] != 0) {
                continue;
            }
            int depth = 0;
            order[root] = low[root] = ++discovered;
            waiting[waitingSize++] = root;
            nextEdge[root] = graph.firstEdge(root);
            path[depth++] = root;
            while (depth > 0) {
                int v = path[depth - 1];
                if (nextEdge[v] < graph.endEdge(v)) {
                    int w = graph.target(nextEdge[v]++);
                    if (order[w] == 0) {
                        order[w] = low[w] = ++discovered;
                        waiting[waitingSize++] = w;
                        nextEdge[w] = graph.firstEdge(w);
                        path[depth++] = w;
                    } else if (componentOf[w] < 0 && order[w] < low[v]) {
                        low[v] = order[w];
                    }
                    continue;
                }
                depth--;
                if (low[v] == order[v]) {
                    int w;
                    do {
                        w = waiting[--waitingSize];
                        componentOf[w] = found;
                    } while (w != v);
                    found++;
                }
                if (depth > 0) {
                    int parent = path[depth - 1];
                    if (low[v] < low[parent]) {
                        low[parent] = low[v];
                    }
                }
            }
        }
        return grouped(componentOf, found);
    }

    /** Renumbers components into topological order and groups members by component (a counting sort). */
    private static StronglyConnected grouped(int[] componentOf, int count) {
        int n = componentOf.length;
        int[] offsets = new int[count + 1];
        for (int node = 0; node < n; node++) {
            int c = count - 1 - componentOf[node];
            componentOf[node] = c;
            offsets[c + 1]++;
        }
        for (int c = 0; c < count; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] fill = Arrays.copyOf(offsets, count);
        int[] members = new int[n];
        for (int node = 0; node < n; node++) {
            members[fill[componentOf[node]]++] = node;
        }
        return new StronglyConnected(componentOf, offsets, members);
    }

    public int componentCount() {
        return memberOffsets.length - 1;
    }

    /** The component of {@code node}; lower numbers come first in dependency order. */
    public int componentOf(int node) {
        return componentOf[node];
    }

    public int size(int component) {
        return memberOffsets[component + 1] - memberOffsets[component];
    }

    /** First position of the component's members in {@link #nodesInOrder()}; they end at {@code membersStart(c + 1)}. */
    public int membersStart(int component) {
        return memberOffsets[component];
    }

    /** The node at {@code position} of {@link #nodesInOrder()}, without copying. */
    public int nodeAt(int position) {
        return members[position];
    }

    public int[] members(int component) {
        return Arrays.copyOfRange(members, memberOffsets[component], memberOffsets[component + 1]);
    }

    /**
     * Every issue once, blockers before the issues they block; the members of one cycle are adjacent
     * (in node order) since no order among them is right.
     */
    public int[] nodesInOrder() {
        return members.clone();
    }

    /** Whether {@code node} is part of a cycle (a component of two or more issues). */
    public boolean inCycle(int node) {
        return size(componentOf[node]) > 1;
    }

    /** Whether the two issues are in the same cycle, i.e. a link between them is a link of that cycle. */
    public boolean sameCycle(int a, int b) {
        return componentOf[a] == componentOf[b] && a != b;
    }

    /** Components of two or more issues: every dependency cycle with its members, in dependency order. */
    public List<int[]> cycles() {
        List<int[]> cycles = new ArrayList<>();
        for (int c = 0; c < componentCount(); c++) {
            if (size(c) > 1) {
                cycles.add(members(c));
            }
        }
        return cycles;
    }
}

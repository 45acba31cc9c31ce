package dev.productops.jira.domain.dependency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the dependency board needs about a scope, computed once: the graph, its cycles, the
 * order of work, the critical path, and the state and reasons of every link. O(V + E) throughout;
 * reasons are turned into objects only for the links asked about.
 */
public final class DependencyAnalysis {
    private static final RiskState[] STATES = RiskState.values();

    private final IssueFacts issues;
    private final Dependencies dependencies;
    private final DependencyGraph graph;
    private final StronglyConnected components;
    private final CriticalPath criticalPath;
    private final DependencyRisk risk;
    private final int[] reasonBits;
    private final byte[] states;
    private final int[] totals;

    private DependencyAnalysis(IssueFacts issues, Dependencies dependencies, DependencyGraph graph,
                               StronglyConnected components, CriticalPath criticalPath, DependencyRisk risk,
                               int[] reasonBits, byte[] states, int[] totals) {
        this.issues = issues;
        this.dependencies = dependencies;
        this.graph = graph;
        this.components = components;
        this.criticalPath = criticalPath;
        this.risk = risk;
        this.reasonBits = reasonBits;
        this.states = states;
        this.totals = totals;
    }

    public static DependencyAnalysis of(IssueFacts issues, Dependencies dependencies, RiskSettings settings) {
        issues.ensureSize(dependencies.nodesNeeded());
        DependencyGraph graph = dependencies.graph(issues.size(), issues.resolvedNodes());
        StronglyConnected components = StronglyConnected.of(graph);
        CriticalPath criticalPath = CriticalPath.of(graph, components, issues.resolvedNodes());
        DependencyRisk risk = new DependencyRisk(settings, issues, components, criticalPath);
        int count = dependencies.count();
        int[] reasonBits = new int[count];
        byte[] states = new byte[count];
        int[] totals = new int[STATES.length];
        for (int i = 0; i < count; i++) {
            int bits = risk.reasonBits(dependencies.blocker(i), dependencies.dependent(i),
                    dependencies.neededByDay(i), dependencies.agreedOrdinal(i));
            reasonBits[i] = bits;
            int state = DependencyRisk.stateOf(bits).ordinal();
            states[i] = (byte) state;
            totals[state]++;
        }
        return new DependencyAnalysis(issues, dependencies, graph, components, criticalPath, risk, reasonBits, states, totals);
    }

    public DependencyGraph graph() {
        return graph;
    }

    public StronglyConnected components() {
        return components;
    }

    public CriticalPath criticalPath() {
        return criticalPath;
    }

    public Dependencies dependencies() {
        return dependencies;
    }

    public RiskState state(int dependency) {
        return STATES[states[dependency]];
    }

    public List<RiskReason> reasons(int dependency) {
        return risk.explain(reasonBits[dependency], dependencies.blocker(dependency), dependencies.dependent(dependency),
                dependencies.neededByDay(dependency));
    }

    public RiskAssessment assessment(int dependency) {
        return new RiskAssessment(state(dependency), reasons(dependency));
    }

    /** How many links are in each state, every state present (zero when none). */
    public Map<RiskState, Integer> totals() {
        Map<RiskState, Integer> byState = new EnumMap<>(RiskState.class);
        for (RiskState state : STATES) {
            byState.put(state, totals[state.ordinal()]);
        }
        return Collections.unmodifiableMap(byState);
    }

    /** Every cycle as the keys of its members. */
    public List<List<String>> cycleKeys() {
        List<List<String>> cycles = new ArrayList<>();
        for (int[] members : components.cycles()) {
            cycles.add(keys(members));
        }
        return cycles;
    }

    public List<String> criticalPathKeys() {
        return keys(criticalPath.members());
    }

    private List<String> keys(int[] nodes) {
        List<String> keys = new ArrayList<>(nodes.length);
        for (int node : nodes) {
            keys.add(issues.key(node));
        }
        return List.copyOf(keys);
    }
}

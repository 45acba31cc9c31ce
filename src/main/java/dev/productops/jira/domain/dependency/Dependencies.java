package dev.productops.jira.domain.dependency;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The dependency links of a scope with their attribute-layer facts, one primitive column each. A
 * link is "blocker must finish before dependent", blocker and dependent being graph nodes (see
 * {@link IssueIndex}). Several links may join the same pair (listed from both ends, or two link
 * types): each keeps its own link id and attributes and gets its own risk, while the graph counts
 * the pair once.
 */
public final class Dependencies {
    private static final byte NO_AGREEMENT = -1;

    private int count;
    private long[] linkIds;
    private int[] blockers;
    private int[] dependents;
    private int[] neededBy;
    private byte[] agreed;
    private int maxNode = -1;

    public Dependencies(int expectedLinks) {
        int capacity = Math.max(4, expectedLinks);
        linkIds = new long[capacity];
        blockers = new int[capacity];
        dependents = new int[capacity];
        neededBy = new int[capacity];
        agreed = new byte[capacity];
    }

    /**
     * Adds a link and returns its number (0, 1, 2, … in order of adding).
     *
     * @param neededBy the date the dependent needs the blocker by, or null
     * @param agreed   the state a person set, or null when nobody has
     */
    public int add(long linkId, int blocker, int dependent, LocalDate neededBy, AgreementState agreed) {
        if (blocker < 0 || dependent < 0) {
            throw new IllegalArgumentException("nodes must not be negative: " + blocker + " -> " + dependent);
        }
        if (count == linkIds.length) {
            int capacity = count * 2;
            linkIds = Arrays.copyOf(linkIds, capacity);
            blockers = Arrays.copyOf(blockers, capacity);
            dependents = Arrays.copyOf(dependents, capacity);
            this.neededBy = Arrays.copyOf(this.neededBy, capacity);
            this.agreed = Arrays.copyOf(this.agreed, capacity);
        }
        linkIds[count] = linkId;
        blockers[count] = blocker;
        dependents[count] = dependent;
        this.neededBy[count] = IssueFacts.day(neededBy);
        this.agreed[count] = agreed == null ? NO_AGREEMENT : (byte) agreed.ordinal();
        maxNode = Math.max(maxNode, Math.max(blocker, dependent));
        return count++;
    }

    public int count() {
        return count;
    }

    public long linkId(int dependency) {
        return linkIds[dependency];
    }

    public int blocker(int dependency) {
        return blockers[dependency];
    }

    public int dependent(int dependency) {
        return dependents[dependency];
    }

    public LocalDate neededBy(int dependency) {
        int day = neededBy[dependency];
        return day == IssueFacts.NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /** The state a person set, or null. */
    public AgreementState agreed(int dependency) {
        byte state = agreed[dependency];
        return state == NO_AGREEMENT ? null : AgreementState.values()[state];
    }

    /** The highest node named plus one. */
    public int nodesNeeded() {
        return maxNode + 1;
    }

    /**
     * The graph of the dependencies that still bind: a declined dependency (the dependent team plans without it)
     * and one whose blocker is done, or was marked done, can no longer hold anyone up, so they are no edges of a
     * cycle or a critical path.
     */
    DependencyGraph graph(int nodeCount, boolean[] resolved) {
        int[] from = new int[count];
        int[] to = new int[count];
        int edges = 0;
        byte declined = (byte) AgreementState.DECLINED.ordinal();
        byte done = (byte) AgreementState.DONE.ordinal();
        for (int i = 0; i < count; i++) {
            int blocker = blockers[i];
            if (agreed[i] == declined || agreed[i] == done || blocker < resolved.length && resolved[blocker]) {
                continue;
            }
            from[edges] = blocker;
            to[edges] = dependents[i];
            edges++;
        }
        return DependencyGraph.of(nodeCount, from, to, edges);
    }

    int neededByDay(int dependency) {
        return neededBy[dependency];
    }

    byte agreedOrdinal(int dependency) {
        return agreed[dependency];
    }
}

package dev.productops.jira.domain.dependency;

import java.util.Arrays;

/**
 * Jira issue ids (longs) to graph nodes (0, 1, 2, … in order of first appearance) and back. Open
 * addressing on primitive arrays, so mapping a million link ends boxes nothing.
 */
public final class IssueIndex {
    private static final int FREE = -1;

    private long[] ids;
    private int[] slots;
    private int size;

    public IssueIndex() {
        this(16);
    }

    public IssueIndex(int expectedIssues) {
        ids = new long[Math.max(4, expectedIssues)];
        slots = new int[tableSizeFor(expectedIssues)];
        Arrays.fill(slots, FREE);
    }

    /** The node of {@code issueId}, added as the next node if new. */
    public int add(long issueId) {
        int mask = slots.length - 1;
        for (int slot = spread(issueId) & mask; ; slot = (slot + 1) & mask) {
            int node = slots[slot];
            if (node == FREE) {
                return insert(slot, issueId);
            }
            if (ids[node] == issueId) {
                return node;
            }
        }
    }

    /** The node of {@code issueId}, or -1 when it was never added. */
    public int nodeOf(long issueId) {
        int mask = slots.length - 1;
        for (int slot = spread(issueId) & mask; ; slot = (slot + 1) & mask) {
            int node = slots[slot];
            if (node == FREE) {
                return -1;
            }
            if (ids[node] == issueId) {
                return node;
            }
        }
    }

    public long issueId(int node) {
        if (node < 0 || node >= size) {
            throw new IndexOutOfBoundsException("node " + node + " of " + size);
        }
        return ids[node];
    }

    public int size() {
        return size;
    }

    private int insert(int slot, long issueId) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        int node = size++;
        ids[node] = issueId;
        slots[slot] = node;
        // Keep the table at most half full so probes stay short.
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return node;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        Arrays.fill(slots, FREE);
        int mask = capacity - 1;
        for (int node = 0; node < size; node++) {
            int slot = spread(ids[node]) & mask;
            while (slots[slot] != FREE) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = node;
        }
    }

    private static int tableSizeFor(int expected) {
        int wanted = Math.max(8, expected * 2);
        return Integer.highestOneBit(wanted - 1) << 1;
    }

    /** Jira ids are sequential; mixing the bits keeps neighbours out of neighbouring slots' chains. */
    private static int spread(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

package dev.productops.jira.domain.dependency;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The facts of every issue in a scope, one primitive column per fact, indexed by graph node: the
 * risk rules read a million links' worth of facts without chasing a pointer per issue. Days are
 * epoch days. An issue whose facts were never set is "unknown": not done, and no rule fires on what
 * is not known (an out-of-scope issue is not called unassigned just because nobody loaded it).
 */
public final class IssueFacts {
    static final int NO_DATE = Integer.MIN_VALUE;
    static final byte UNKNOWN_STATUS = -1;

    private int size;
    private String[] keys;
    private byte[] status;
    private boolean[] unassigned;
    private boolean[] projectUnplanned;
    private int[] updated;
    private int[] due;
    private String[] windowName;
    private long[] windowSequence;
    private int[] windowPosition;
    private int[] windowStart;
    private int[] windowEnd;

    public IssueFacts(int expectedIssues) {
        int capacity = Math.max(4, expectedIssues);
        keys = new String[capacity];
        status = new byte[capacity];
        unassigned = new boolean[capacity];
        projectUnplanned = new boolean[capacity];
        updated = new int[capacity];
        due = new int[capacity];
        windowName = new String[capacity];
        windowSequence = new long[capacity];
        windowPosition = new int[capacity];
        windowStart = new int[capacity];
        windowEnd = new int[capacity];
        clear(0, capacity);
    }

    public IssueFacts set(int node, Issue issue) {
        ensureNode(node);
        keys[node] = issue.key();
        status[node] = (byte) issue.status().ordinal();
        unassigned[node] = !issue.assigned();
        projectUnplanned[node] = !issue.projectPlans();
        updated[node] = day(issue.updated());
        due[node] = day(issue.due());
        PlannedWindow window = issue.planned();
        if (window != null) {
            windowName[node] = window.name();
            windowSequence[node] = window.sequence();
            windowPosition[node] = window.position();
            windowStart[node] = day(window.start());
            windowEnd[node] = day(window.end());
        }
        return this;
    }

    /** Makes room for nodes up to {@code nodeCount - 1}; nodes never set stay unknown. */
    public void ensureSize(int nodeCount) {
        if (nodeCount > size) {
            ensureNode(nodeCount - 1);
        }
    }

    /** One past the highest node set or made room for. */
    public int size() {
        return size;
    }

    public boolean resolved(int node) {
        return status[node] == StatusCategory.DONE.ordinal();
    }

    /** The issue key, or "#node" for an issue whose facts were never set. */
    public String key(int node) {
        String key = node < size ? keys[node] : null;
        return key != null ? key : "#" + node;
    }

    /** A fresh array saying which nodes are done, for {@link CriticalPath}. */
    public boolean[] resolvedNodes() {
        boolean[] resolved = new boolean[size];
        byte done = (byte) StatusCategory.DONE.ordinal();
        for (int node = 0; node < size; node++) {
            resolved[node] = status[node] == done;
        }
        return resolved;
    }

    boolean started(int node) {
        return status[node] == StatusCategory.IN_PROGRESS.ordinal();
    }

    boolean unassigned(int node) {
        return unassigned[node];
    }

    boolean projectUnplanned(int node) {
        return projectUnplanned[node];
    }

    int updated(int node) {
        return updated[node];
    }

    int due(int node) {
        return due[node];
    }

    String windowName(int node) {
        return windowName[node];
    }

    long windowSequence(int node) {
        return windowSequence[node];
    }

    int windowPosition(int node) {
        return windowPosition[node];
    }

    int windowStart(int node) {
        return windowStart[node];
    }

    int windowEnd(int node) {
        return windowEnd[node];
    }

    static int day(LocalDate date) {
        return date == null ? NO_DATE : (int) date.toEpochDay();
    }

    static String iso(int day) {
        return LocalDate.ofEpochDay(day).toString();
    }

    private void ensureNode(int node) {
        if (node < 0) {
            throw new IllegalArgumentException("node " + node);
        }
        if (node >= keys.length) {
            int capacity = Math.max(node + 1, keys.length * 2);
            int old = keys.length;
            keys = Arrays.copyOf(keys, capacity);
            status = Arrays.copyOf(status, capacity);
            unassigned = Arrays.copyOf(unassigned, capacity);
            projectUnplanned = Arrays.copyOf(projectUnplanned, capacity);
            updated = Arrays.copyOf(updated, capacity);
            due = Arrays.copyOf(due, capacity);
            windowName = Arrays.copyOf(windowName, capacity);
            windowSequence = Arrays.copyOf(windowSequence, capacity);
            windowPosition = Arrays.copyOf(windowPosition, capacity);
            windowStart = Arrays.copyOf(windowStart, capacity);
            windowEnd = Arrays.copyOf(windowEnd, capacity);
            clear(old, capacity);
        }
        size = Math.max(size, node + 1);
    }

    private void clear(int from, int to) {
        Arrays.fill(status, from, to, UNKNOWN_STATUS);
        Arrays.fill(updated, from, to, NO_DATE);
        Arrays.fill(due, from, to, NO_DATE);
        Arrays.fill(windowSequence, from, to, PlannedWindow.NO_SEQUENCE);
        Arrays.fill(windowStart, from, to, NO_DATE);
        Arrays.fill(windowEnd, from, to, NO_DATE);
    }
}

package dev.productops.jira.domain.dependency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk rules for one dependency "blocker must finish before dependent", given the facts of both
 * issues, the link's attribute-layer facts, and the scope's cycles and critical path.
 *
 * <p>The rules, each giving one {@link ReasonCode} (the state follows from the reasons by the
 * precedence documented on {@link RiskState}):
 * <ul>
 *   <li>Done: the blocker's status category is done ({@code BLOCKER_DONE}) or a person marked the
 *       dependency done ({@code MARKED_DONE}). Nothing else is checked: a delivered blocker cannot hurt.</li>
 *   <li>Person: declined ({@code MARKED_DECLINED}), at risk ({@code MARKED_AT_RISK}).</li>
 *   <li>Cycle: blocker and dependent are in the same strongly connected component ({@code IN_CYCLE},
 *       with the component's members) → conflict.</li>
 *   <li>Plan order. A window's planned end is its sprint or version end, else the issue's due date. Windows are
 *       compared by their dates whatever team or project they belong to: the same dates (or the same window) →
 *       {@code BLOCKER_IN_SAME_WINDOW} (at risk: it works if the blocker lands early); the blocker's planned end
 *       after the dependent's planned end → {@code BLOCKER_ENDS_AFTER_DEPENDENT} (conflict); after the
 *       dependent's start only → {@code BLOCKER_ENDS_AFTER_DEPENDENT_STARTS} (at risk). Only windows of one
 *       sequence (one project's versions) without dates compare by position: later →
 *       {@code BLOCKER_IN_LATER_WINDOW} (conflict).</li>
 *   <li>Needed-by of a blocker that is not done: needed-by before today → {@code NEEDED_BY_PASSED} (conflict: the
 *       promise is already broken); else blocker's planned end (or due date) after the needed-by date →
 *       {@code BLOCKER_FINISHES_AFTER_NEEDED_BY} (conflict); blocker due before today → {@code BLOCKER_OVERDUE}
 *       (at risk: late, may still land in time).</li>
 *   <li>Waiting now: the dependent is in progress ({@code DEPENDENT_IN_PROGRESS}) or, still to do, its planned
 *       window has begun ({@code DEPENDENT_WINDOW_STARTED}) → blocked.</li>
 *   <li>Hygiene of the blocker → at risk: unassigned ({@code BLOCKER_UNASSIGNED}); not updated for
 *       at least {@link RiskSettings#staleAfterDays()} days ({@code BLOCKER_STALE}); in a project with
 *       no sprint or version ({@code BLOCKER_PROJECT_UNPLANNED}).</li>
 *   <li>The link is on the critical path ({@code ON_CRITICAL_PATH}, with its length): information only.</li>
 * </ul>
 * Rules on facts that are unknown (no date, no window, issue never loaded) do not fire.
 *
 * <p>The bulk path, {@link #reasonBits}, returns the reasons as bits of an int and allocates nothing,
 * reading one row per node that the constructor lays out from the facts, the components and the critical
 * path (the rules that depend on one issue alone are evaluated there, once per issue), so a million links
 * are judged in a few milliseconds; {@link #explain} turns the bits into
 * {@link RiskReason}s with their parameters only for the links someone looks at. Both read the same
 * facts, so they always agree.
 */
public final class DependencyRisk {
    private static final ReasonCode[] CODES = ReasonCode.values();

    private final IssueFacts issues;
    private final StronglyConnected components;
    private final CriticalPath criticalPath;
    private final int today;
    private final int staleAfterDays;
    /** What the rules read about each node, one row of {@link #ROW} ints per node (see {@link #nodeRows}). */
    private final int[] rows;

    public DependencyRisk(RiskSettings settings, IssueFacts issues, StronglyConnected components, CriticalPath criticalPath) {
        this.issues = issues;
        this.components = components;
        this.criticalPath = criticalPath;
        this.today = IssueFacts.day(settings.today());
        this.staleAfterDays = settings.staleAfterDays();
        this.rows = nodeRows();
    }

    // The row of a node: everything the rules read about one issue side by side, 8 ints (32 bytes), so
    // judging a link touches two rows, at most four cache lines, instead of a dozen columns at two
    // random places each. The component and the critical path step are read from their own arrays only
    // for the few links whose two ends are both in a cycle, or both on the path (a flag in the row).
    private static final int ROW = 8;
    /** Reason bits that follow from the node alone, for either end of a link (see the masks), and flags. */
    private static final int BITS = 0;
    private static final int SEQUENCE_HIGH = 1;
    private static final int SEQUENCE_LOW = 2;
    private static final int POSITION = 3;
    private static final int START = 4;
    private static final int END = 5;
    private static final int DUE = 6;
    private static final int AS_BLOCKER = ReasonCode.BLOCKER_OVERDUE.bit() | ReasonCode.BLOCKER_UNASSIGNED.bit()
            | ReasonCode.BLOCKER_STALE.bit() | ReasonCode.BLOCKER_PROJECT_UNPLANNED.bit();
    private static final int AS_DEPENDENT = ReasonCode.DEPENDENT_IN_PROGRESS.bit() | ReasonCode.DEPENDENT_WINDOW_STARTED.bit();
    /** Flags above the reason bits: the node is in a cycle, the node is on the critical path. */
    private static final int IN_CYCLE_FLAG = 1 << 30;
    private static final int ON_PATH_FLAG = 1 << 29;

    static {
        if (ReasonCode.values().length > 29) {
            throw new AssertionError("reason bits overlap the row flags");
        }
    }

    /** One pass over the facts' columns, in node order. */
    private int[] nodeRows() {
        int n = issues.size();
        int[] rows = new int[n * ROW];
        for (int node = 0, r = 0; node < n; node++, r += ROW) {
            int bits = 0;
            if (issues.resolved(node)) {
                bits |= ReasonCode.BLOCKER_DONE.bit();
            }
            int due = issues.due(node);
            if (due != IssueFacts.NO_DATE && due < today) {
                bits |= ReasonCode.BLOCKER_OVERDUE.bit();
            }
            if (issues.unassigned(node)) {
                bits |= ReasonCode.BLOCKER_UNASSIGNED.bit();
            }
            int updated = issues.updated(node);
            if (updated != IssueFacts.NO_DATE && today - updated >= staleAfterDays) {
                bits |= ReasonCode.BLOCKER_STALE.bit();
            }
            if (issues.projectUnplanned(node)) {
                bits |= ReasonCode.BLOCKER_PROJECT_UNPLANNED.bit();
            }
            int start = issues.windowStart(node);
            if (issues.started(node)) {
                bits |= ReasonCode.DEPENDENT_IN_PROGRESS.bit();
            } else if (start != IssueFacts.NO_DATE && start <= today) {
                bits |= ReasonCode.DEPENDENT_WINDOW_STARTED.bit();
            }
            if (components.inCycle(node)) {
                bits |= IN_CYCLE_FLAG;
            }
            if (criticalPath.step(node) >= 0) {
                bits |= ON_PATH_FLAG;
            }
            long sequence = issues.windowSequence(node);
            rows[r + BITS] = bits;
            rows[r + SEQUENCE_HIGH] = (int) (sequence >>> 32);
            rows[r + SEQUENCE_LOW] = (int) sequence;
            rows[r + POSITION] = issues.windowPosition(node);
            rows[r + START] = start;
            rows[r + END] = issues.windowEnd(node);
            rows[r + DUE] = due;
        }
        return rows;
    }

    /** The state and reasons of the link "{@code blocker} before {@code dependent}". */
    public RiskAssessment assess(int blocker, int dependent, LocalDate neededBy, AgreementState agreed) {
        int neededByDay = IssueFacts.day(neededBy);
        int bits = reasonBits(blocker, dependent, neededByDay, agreed == null ? -1 : (byte) agreed.ordinal());
        return new RiskAssessment(stateOf(bits), explain(bits, blocker, dependent, neededByDay));
    }

    /**
     * The strongest state implied by the reason bits. Reason codes are declared strongest first, so
     * it is the state of the lowest bit set.
     */
    public static RiskState stateOf(int reasonBits) {
        return reasonBits == 0 ? RiskState.OK : CODES[Integer.numberOfTrailingZeros(reasonBits)].implies();
    }

    private static final int NO_SEQUENCE_HIGH = (int) (PlannedWindow.NO_SEQUENCE >>> 32);
    private static final int NO_SEQUENCE_LOW = (int) PlannedWindow.NO_SEQUENCE;
    private static final byte DONE = (byte) AgreementState.DONE.ordinal();
    private static final byte DECLINED = (byte) AgreementState.DECLINED.ordinal();
    private static final byte AT_RISK = (byte) AgreementState.AT_RISK.ordinal();

    /**
     * The reasons as bits ({@code 1 << ReasonCode.ordinal()}); {@code agreed} is an ordinal or -1.
     * Reads the two nodes' rows (and, for links inside a cycle or along the critical path, their
     * component or step); allocates nothing.
     */
    int reasonBits(int blocker, int dependent, int neededBy, byte agreed) {
        int[] rows = this.rows;
        int b = blocker * ROW;
        int blockerBits = rows[b + BITS];
        if ((blockerBits & ReasonCode.BLOCKER_DONE.bit()) != 0) {
            return ReasonCode.BLOCKER_DONE.bit();
        }
        if (agreed == DONE) {
            return ReasonCode.MARKED_DONE.bit();
        }
        int d = dependent * ROW;
        int dependentBits = rows[d + BITS];
        int bits = (blockerBits & AS_BLOCKER) | (dependentBits & AS_DEPENDENT);
        if (agreed == DECLINED) {
            bits |= ReasonCode.MARKED_DECLINED.bit();
        } else if (agreed == AT_RISK) {
            bits |= ReasonCode.MARKED_AT_RISK.bit();
        }
        int both = blockerBits & dependentBits;
        if ((both & IN_CYCLE_FLAG) != 0 && components.sameCycle(blocker, dependent)) {
            bits |= ReasonCode.IN_CYCLE.bit();
        }
        int blockerDue = rows[b + DUE];
        int blockerFinish = rows[b + END] != IssueFacts.NO_DATE ? rows[b + END] : blockerDue;
        int dependentFinish = rows[d + END] != IssueFacts.NO_DATE ? rows[d + END] : rows[d + DUE];
        int dependentStart = rows[d + START];
        // Plan order: by dates whatever project the windows belong to; by position only within one sequence
        // when dates are missing.
        boolean bothInWindows = rows[b + END] != IssueFacts.NO_DATE && rows[d + END] != IssueFacts.NO_DATE;
        boolean sameSequence = rows[b + SEQUENCE_HIGH] == rows[d + SEQUENCE_HIGH] && rows[b + SEQUENCE_LOW] == rows[d + SEQUENCE_LOW]
                && !(rows[b + SEQUENCE_HIGH] == NO_SEQUENCE_HIGH && rows[b + SEQUENCE_LOW] == NO_SEQUENCE_LOW);
        if (bothInWindows && rows[b + END] == rows[d + END] && rows[b + START] == dependentStart
                || sameSequence && rows[b + POSITION] == rows[d + POSITION]) {
            bits |= ReasonCode.BLOCKER_IN_SAME_WINDOW.bit();
        } else if (blockerFinish != IssueFacts.NO_DATE && dependentFinish != IssueFacts.NO_DATE) {
            if (blockerFinish > dependentFinish) {
                bits |= ReasonCode.BLOCKER_ENDS_AFTER_DEPENDENT.bit();
            } else if (dependentStart != IssueFacts.NO_DATE && blockerFinish > dependentStart) {
                bits |= ReasonCode.BLOCKER_ENDS_AFTER_DEPENDENT_STARTS.bit();
            }
        } else if (sameSequence && rows[b + POSITION] > rows[d + POSITION]) {
            bits |= ReasonCode.BLOCKER_IN_LATER_WINDOW.bit();
        }
        if (neededBy != IssueFacts.NO_DATE) {
            if (neededBy < today) {
                bits |= ReasonCode.NEEDED_BY_PASSED.bit();
            } else if (blockerFinish != IssueFacts.NO_DATE && blockerFinish > neededBy) {
                bits |= ReasonCode.BLOCKER_FINISHES_AFTER_NEEDED_BY.bit();
            }
        }
        if ((both & ON_PATH_FLAG) != 0 && criticalPath.links(blocker, dependent)) {
            bits |= ReasonCode.ON_CRITICAL_PATH.bit();
        }
        return bits;
    }

    /** When an issue is expected to be done: its planned end, else its due date. */
    private int finish(int node) {
        int end = issues.windowEnd(node);
        return end != IssueFacts.NO_DATE ? end : issues.due(node);
    }

    /** The reasons behind {@code bits}, strongest first, with the parameters their texts need. */
    public List<RiskReason> explain(int bits, int blocker, int dependent, int neededBy) {
        List<RiskReason> reasons = new ArrayList<>(Integer.bitCount(bits));
        for (ReasonCode code : CODES) {
            if ((bits & code.bit()) != 0) {
                reasons.add(reason(code, blocker, dependent, neededBy));
            }
        }
        return reasons;
    }

    private RiskReason reason(ReasonCode code, int blocker, int dependent, int neededBy) {
        String blockerKey = issues.key(blocker);
        String dependentKey = issues.key(dependent);
        return switch (code) {
            case BLOCKER_DONE -> RiskReason.of(code, "blocker", blockerKey);
            case MARKED_DONE, MARKED_DECLINED, MARKED_AT_RISK -> RiskReason.of(code);
            case IN_CYCLE -> cycle(blocker);
            case NEEDED_BY_PASSED -> RiskReason.of(code, "neededBy", IssueFacts.iso(neededBy),
                    "daysLate", Integer.toString(today - neededBy));
            case BLOCKER_IN_LATER_WINDOW -> RiskReason.of(code, "blockerWindow", issues.windowName(blocker),
                    "dependentWindow", issues.windowName(dependent));
            case BLOCKER_ENDS_AFTER_DEPENDENT -> RiskReason.of(code, "blockerEnd", IssueFacts.iso(finish(blocker)),
                    "dependentEnd", IssueFacts.iso(finish(dependent)));
            case BLOCKER_ENDS_AFTER_DEPENDENT_STARTS -> RiskReason.of(code, "blockerEnd", IssueFacts.iso(finish(blocker)),
                    "dependentStart", IssueFacts.iso(issues.windowStart(dependent)));
            case BLOCKER_FINISHES_AFTER_NEEDED_BY -> RiskReason.of(code, "blockerFinish", IssueFacts.iso(finish(blocker)),
                    "neededBy", IssueFacts.iso(neededBy));
            case DEPENDENT_IN_PROGRESS -> RiskReason.of(code, "dependent", dependentKey, "blocker", blockerKey);
            case DEPENDENT_WINDOW_STARTED -> RiskReason.of(code, "dependent", dependentKey, "blocker", blockerKey,
                    "window", issues.windowName(dependent), "windowStart", IssueFacts.iso(issues.windowStart(dependent)));
            case BLOCKER_OVERDUE -> RiskReason.of(code, "due", IssueFacts.iso(issues.due(blocker)),
                    "daysLate", Integer.toString(today - issues.due(blocker)));
            case BLOCKER_IN_SAME_WINDOW -> RiskReason.of(code, "window", issues.windowName(blocker));
            case BLOCKER_UNASSIGNED, BLOCKER_PROJECT_UNPLANNED -> RiskReason.of(code, "blocker", blockerKey);
            case BLOCKER_STALE -> RiskReason.of(code, "blocker", blockerKey, "lastUpdated", IssueFacts.iso(issues.updated(blocker)),
                    "days", Integer.toString(today - issues.updated(blocker)));
            case ON_CRITICAL_PATH -> RiskReason.of(code, "length", Integer.toString(criticalPath.length()));
        };
    }

    /**
     * Names at most {@link #CYCLE_MEMBERS_NAMED} members: real link data can hold cycles of thousands of issues,
     * and repeating all of them in the reason of every link in the cycle grows with the square of its size (the
     * full list is in the board's cycles).
     */
    static final int CYCLE_MEMBERS_NAMED = 10;

    /** The named members of each cycle, worked out once per cycle: every link of a large cycle names the same ones. */
    private final java.util.Map<Integer, RiskReason> cycleReasons = new java.util.HashMap<>();

    private RiskReason cycle(int member) {
        return cycleReasons.computeIfAbsent(components.componentOf(member), this::cycleReason);
    }

    private RiskReason cycleReason(int component) {
        int[] members = components.members(component);
        // Named in key order, so the reason reads the same whichever board (and load order) found the cycle.
        List<String> sorted = new ArrayList<>(members.length);
        for (int m : members) {
            sorted.add(issues.key(m));
        }
        sorted.sort(java.util.Comparator.comparing((String k) -> k.substring(0, Math.max(0, k.indexOf('-'))))
                .thenComparingLong(k -> k.indexOf('-') < 0 ? 0 : parseOrZero(k.substring(k.indexOf('-') + 1))));
        String keys = String.join(", ", sorted.subList(0, Math.min(sorted.size(), CYCLE_MEMBERS_NAMED)));
        if (members.length > CYCLE_MEMBERS_NAMED) {
            keys += " and " + (members.length - CYCLE_MEMBERS_NAMED) + " more";
        }
        return RiskReason.of(ReasonCode.IN_CYCLE, "members", keys, "size", Integer.toString(members.length));
    }

    private static long parseOrZero(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

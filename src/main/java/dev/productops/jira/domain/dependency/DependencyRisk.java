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
 *   <li>Plan order → conflict. Windows of one sequence (same board's sprints, same project's
 *       versions) compare by position: later → {@code BLOCKER_IN_LATER_WINDOW}, same window →
 *       {@code BLOCKER_IN_SAME_WINDOW} (at risk only: it works if the blocker lands early). Windows
 *       of different sequences compare by dates: blocker's end after the dependent's start →
 *       {@code BLOCKER_PLANNED_AFTER_DEPENDENT}. When the windows cannot be compared, due dates are:
 *       blocker due after the dependent → {@code BLOCKER_DUE_AFTER_DEPENDENT_DUE}.</li>
 *   <li>Needed-by and due dates of a blocker that is not done: needed-by before today →
 *       {@code NEEDED_BY_PASSED} (conflict: the promise is already broken); else blocker's planned
 *       end (or due date) after the needed-by date → {@code BLOCKER_FINISHES_AFTER_NEEDED_BY}
 *       (conflict); without a needed-by date, blocker due after the dependent's planned start →
 *       {@code BLOCKER_DUE_AFTER_DEPENDENT_STARTS} (conflict); blocker due before today →
 *       {@code BLOCKER_OVERDUE} (at risk: late, may still land in time).</li>
 *   <li>Waiting now: the dependent is in progress, or its planned window has begun →
 *       {@code DEPENDENT_WAITING} (blocked).</li>
 *   <li>Hygiene of the blocker → at risk: unassigned ({@code BLOCKER_UNASSIGNED}); not updated for
 *       at least {@link RiskSettings#staleAfterDays()} days ({@code BLOCKER_STALE}); in a project with
 *       no sprint or version ({@code BLOCKER_PROJECT_UNPLANNED}).</li>
 *   <li>The link is on the critical path ({@code ON_CRITICAL_PATH}, with its length): information only.</li>
 * </ul>
 * Rules on facts that are unknown (no date, no window, issue never loaded) do not fire.
 *
 * <p>The bulk path, {@link #reasonBits}, returns the reasons as bits of an int and allocates nothing,
 * so a million links are judged in a few milliseconds; {@link #explain} turns the bits into
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

    public DependencyRisk(RiskSettings settings, IssueFacts issues, StronglyConnected components, CriticalPath criticalPath) {
        this.issues = issues;
        this.components = components;
        this.criticalPath = criticalPath;
        this.today = IssueFacts.day(settings.today());
        this.staleAfterDays = settings.staleAfterDays();
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

    /** The reasons as bits ({@code 1 << ReasonCode.ordinal()}); {@code agreed} is an ordinal or -1. */
    int reasonBits(int blocker, int dependent, int neededBy, byte agreed) {
        if (issues.resolved(blocker)) {
            return ReasonCode.BLOCKER_DONE.bit();
        }
        if (agreed == AgreementState.DONE.ordinal()) {
            return ReasonCode.MARKED_DONE.bit();
        }
        int bits = 0;
        if (agreed == AgreementState.DECLINED.ordinal()) {
            bits |= ReasonCode.MARKED_DECLINED.bit();
        } else if (agreed == AgreementState.AT_RISK.ordinal()) {
            bits |= ReasonCode.MARKED_AT_RISK.bit();
        }
        if (components.sameCycle(blocker, dependent)) {
            bits |= ReasonCode.IN_CYCLE.bit();
        }
        bits |= planOrder(blocker, dependent);
        bits |= dates(blocker, dependent, neededBy);
        int dependentStart = issues.windowStart(dependent);
        if (issues.started(dependent) || (dependentStart != IssueFacts.NO_DATE && dependentStart <= today)) {
            bits |= ReasonCode.DEPENDENT_WAITING.bit();
        }
        if (issues.unassigned(blocker)) {
            bits |= ReasonCode.BLOCKER_UNASSIGNED.bit();
        }
        int updated = issues.updated(blocker);
        if (updated != IssueFacts.NO_DATE && today - updated >= staleAfterDays) {
            bits |= ReasonCode.BLOCKER_STALE.bit();
        }
        if (issues.projectUnplanned(blocker)) {
            bits |= ReasonCode.BLOCKER_PROJECT_UNPLANNED.bit();
        }
        if (criticalPath.links(blocker, dependent)) {
            bits |= ReasonCode.ON_CRITICAL_PATH.bit();
        }
        return bits;
    }

    private int planOrder(int blocker, int dependent) {
        long sequence = issues.windowSequence(blocker);
        if (sequence != PlannedWindow.NO_SEQUENCE && sequence == issues.windowSequence(dependent)) {
            int b = issues.windowPosition(blocker);
            int d = issues.windowPosition(dependent);
            return b > d ? ReasonCode.BLOCKER_IN_LATER_WINDOW.bit() : b == d ? ReasonCode.BLOCKER_IN_SAME_WINDOW.bit() : 0;
        }
        int blockerEnd = issues.windowEnd(blocker);
        int dependentStart = issues.windowStart(dependent);
        if (blockerEnd != IssueFacts.NO_DATE && dependentStart != IssueFacts.NO_DATE) {
            return blockerEnd > dependentStart ? ReasonCode.BLOCKER_PLANNED_AFTER_DEPENDENT.bit() : 0;
        }
        int blockerDue = issues.due(blocker);
        int dependentDue = issues.due(dependent);
        if (blockerDue != IssueFacts.NO_DATE && dependentDue != IssueFacts.NO_DATE && blockerDue > dependentDue) {
            return ReasonCode.BLOCKER_DUE_AFTER_DEPENDENT_DUE.bit();
        }
        return 0;
    }

    private int dates(int blocker, int dependent, int neededBy) {
        int bits = 0;
        int due = issues.due(blocker);
        if (neededBy != IssueFacts.NO_DATE) {
            int finish = finish(blocker);
            if (neededBy < today) {
                bits |= ReasonCode.NEEDED_BY_PASSED.bit();
            } else if (finish != IssueFacts.NO_DATE && finish > neededBy) {
                bits |= ReasonCode.BLOCKER_FINISHES_AFTER_NEEDED_BY.bit();
            }
        } else {
            int dependentStart = issues.windowStart(dependent);
            if (due != IssueFacts.NO_DATE && dependentStart != IssueFacts.NO_DATE && due > dependentStart) {
                bits |= ReasonCode.BLOCKER_DUE_AFTER_DEPENDENT_STARTS.bit();
            }
        }
        if (due != IssueFacts.NO_DATE && due < today) {
            bits |= ReasonCode.BLOCKER_OVERDUE.bit();
        }
        return bits;
    }

    /** When the blocker is expected to be done: its planned end, else its due date. */
    private int finish(int blocker) {
        int end = issues.windowEnd(blocker);
        return end != IssueFacts.NO_DATE ? end : issues.due(blocker);
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
            case BLOCKER_PLANNED_AFTER_DEPENDENT -> RiskReason.of(code, "blockerEnd", IssueFacts.iso(issues.windowEnd(blocker)),
                    "dependentStart", IssueFacts.iso(issues.windowStart(dependent)));
            case BLOCKER_FINISHES_AFTER_NEEDED_BY -> RiskReason.of(code, "blockerFinish", IssueFacts.iso(finish(blocker)),
                    "neededBy", IssueFacts.iso(neededBy));
            case BLOCKER_DUE_AFTER_DEPENDENT_STARTS -> RiskReason.of(code, "blockerDue", IssueFacts.iso(issues.due(blocker)),
                    "dependentStart", IssueFacts.iso(issues.windowStart(dependent)));
            case BLOCKER_DUE_AFTER_DEPENDENT_DUE -> RiskReason.of(code, "blockerDue", IssueFacts.iso(issues.due(blocker)),
                    "dependentDue", IssueFacts.iso(issues.due(dependent)));
            case DEPENDENT_WAITING -> RiskReason.of(code, "dependent", dependentKey, "blocker", blockerKey);
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

    private RiskReason cycle(int member) {
        int[] members = components.members(components.componentOf(member));
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < Math.min(members.length, CYCLE_MEMBERS_NAMED); i++) {
            if (keys.length() > 0) {
                keys.append(", ");
            }
            keys.append(issues.key(members[i]));
        }
        if (members.length > CYCLE_MEMBERS_NAMED) {
            keys.append(" and ").append(members.length - CYCLE_MEMBERS_NAMED).append(" more");
        }
        return RiskReason.of(ReasonCode.IN_CYCLE, "members", keys.toString(), "size", Integer.toString(members.length));
    }
}

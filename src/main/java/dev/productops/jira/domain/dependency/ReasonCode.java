package dev.productops.jira.domain.dependency;

/**
 * Why a dependency has its state. Each code implies a state (see {@link RiskState} for precedence)
 * and has a default English text with {@code {parameter}} placeholders; the UI translates by code.
 * Declared in the order reasons are listed to people: strongest first.
 */
public enum ReasonCode {
    BLOCKER_DONE(RiskState.DONE, "{blocker} is done."),
    MARKED_DONE(RiskState.DONE, "Marked done by a person."),
    MARKED_DECLINED(RiskState.DECLINED, "Declined by a person: the dependent team must plan without it."),
    IN_CYCLE(RiskState.CONFLICT, "Part of a dependency cycle of {size} issues ({members}): none of them can finish first."),
    NEEDED_BY_PASSED(RiskState.CONFLICT, "Needed by {neededBy}, {daysLate} days ago, and the blocker is not done."),
    BLOCKER_IN_LATER_WINDOW(RiskState.CONFLICT, "The blocker is planned in {blockerWindow}, after the dependent's {dependentWindow}."),
    BLOCKER_ENDS_AFTER_DEPENDENT(RiskState.CONFLICT, "The blocker is planned to end {blockerEnd}, after the dependent ({dependentEnd})."),
    BLOCKER_FINISHES_AFTER_NEEDED_BY(RiskState.CONFLICT, "The blocker is planned or due {blockerFinish}, after it is needed ({neededBy})."),
    DEPENDENT_IN_PROGRESS(RiskState.BLOCKED, "{dependent} is in progress and is waiting for {blocker}."),
    DEPENDENT_WINDOW_STARTED(RiskState.BLOCKED, "{dependent} is still to do, but its {window} started {windowStart}: it is waiting for {blocker}."),
    MARKED_AT_RISK(RiskState.AT_RISK, "Marked at risk by a person."),
    BLOCKER_OVERDUE(RiskState.AT_RISK, "The blocker was due {due} ({daysLate} days ago) and is not done."),
    BLOCKER_IN_SAME_WINDOW(RiskState.AT_RISK, "The blocker is planned in the same {window} as the dependent: it must land early in it."),
    BLOCKER_ENDS_AFTER_DEPENDENT_STARTS(RiskState.AT_RISK, "The blocker is planned to end {blockerEnd}, after the dependent starts ({dependentStart}): it must land early."),
    BLOCKER_UNASSIGNED(RiskState.AT_RISK, "Nobody is assigned to {blocker}."),
    BLOCKER_STALE(RiskState.AT_RISK, "{blocker} has not been updated for {days} days (since {lastUpdated})."),
    BLOCKER_PROJECT_UNPLANNED(RiskState.AT_RISK, "{blocker} is in a project with no sprint or version: nobody has planned it."),
    ON_CRITICAL_PATH(RiskState.OK, "On the critical path: a chain of {length} unresolved issues.");

    private final RiskState implies;
    private final String englishText;

    ReasonCode(RiskState implies, String englishText) {
        this.implies = implies;
        this.englishText = englishText;
    }

    /** The state this reason alone would give; {@link RiskState#OK} for information only. */
    public RiskState implies() {
        return implies;
    }

    /** The default text, with {@code {name}} placeholders for the reason's parameters. */
    public String englishText() {
        return englishText;
    }

    int bit() {
        return 1 << ordinal();
    }
}

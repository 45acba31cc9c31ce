package dev.productops.jira.domain.dependency;

import java.util.List;

/**
 * How a dependency stands, in order of precedence: when several reasons apply, the state is the one
 * declared last here (the strongest).
 *
 * <ol>
 *   <li>{@link #OK}: nothing found (informational reasons such as "on the critical path" may still be listed).</li>
 *   <li>{@link #AT_RISK}: may slip: blocker overdue, unassigned, stale, in a project that plans nothing,
 *       planned in the same sprint as the dependent, or marked at risk by a person.</li>
 *   <li>{@link #BLOCKED}: the dependent has started (in progress, or its planned window has begun)
 *       while the blocker is not done: a team is waiting now.</li>
 *   <li>{@link #CONFLICT}: the plan cannot work as it stands: the blocker is planned or due after the
 *       dependent needs it, the needed-by date passed, or the link is part of a cycle.</li>
 *   <li>{@link #DECLINED}: a person declined the dependency; this overrides every computed state, as
 *       the dependent team must replan whatever the dates say.</li>
 *   <li>{@link #DONE}: the blocker is done (or a person marked the dependency done); nothing about
 *       it can hurt any more, so it overrides everything else.</li>
 * </ol>
 * A person can raise a dependency to at-risk or declined but never hide a computed conflict by
 * setting "committed".
 */
public enum RiskState {
    OK("ok"), AT_RISK("at-risk"), BLOCKED("blocked"), CONFLICT("conflict"), DECLINED("declined"), DONE("done");

    /**
     * Worst first: the order a program manager goes through dependencies before planning. Not the precedence
     * order above: a declined dependency outranks a conflict when both apply, but a conflict needs more work.
     */
    public static final List<RiskState> WORST_FIRST = List.of(CONFLICT, BLOCKED, AT_RISK, DECLINED, OK, DONE);

    private final String id;

    RiskState(String id) {
        this.id = id;
    }

    /** A problem will hurt unless someone acts: the board lists these, and dependency health counts them as at risk. */
    public boolean isProblem() {
        return this == AT_RISK || this == BLOCKED || this == CONFLICT;
    }

    /** Someone still has to deliver or replan: neither done nor declined. */
    public boolean isOpen() {
        return this != DONE && this != DECLINED;
    }

    /** The id of the REST API and the board's colours: ok, at-risk, blocked, conflict, declined, done. */
    public String id() {
        return id;
    }

    public static java.util.Optional<RiskState> ofId(String id) {
        return java.util.Arrays.stream(values()).filter(state -> state.id.equals(id)).findFirst();
    }
}

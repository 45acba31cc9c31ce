package dev.productops.jira.application.dependency;

import dev.productops.jira.domain.dependency.ReasonCode;
import dev.productops.jira.domain.dependency.RiskState;

import java.util.Set;

/**
 * Which dependencies of a board someone wants to see: one model for the page's chips, lane counts and "Showing N of
 * M", the CSV export and a shared link, so they can never disagree. {@code team} is a project key or null;
 * {@code states} empty means every state. {@code withQuiet} false: on a large board the ok and done dependencies
 * are counted but not sent, until someone asks for them (the page's "+N more").
 */
public record BoardFilter(boolean problemsOnly, boolean crossTeamOnly, String team, Set<RiskState> states, ReasonCode reason,
                          boolean withQuiet) {
    public static final BoardFilter NONE = new BoardFilter(false, false, null, Set.of(), null, true);

    public BoardFilter {
        states = Set.copyOf(states);
        team = team == null || team.isBlank() ? null : team;
    }

    public BoardFilter(boolean problemsOnly, boolean crossTeamOnly, String team, Set<RiskState> states) {
        this(problemsOnly, crossTeamOnly, team, states, null, true);
    }

    /**
     * Everything but the state: the chips count by state what the other filters leave, so a chip shows what clicking
     * it gives. {@code reason}: only dependencies with that reason (the gadget's "in cycles" and "stale" open these).
     */
    boolean matchesAllButState(RiskState state, String fromTeam, String toTeam, java.util.Collection<String> reasons) {
        if (problemsOnly && !state.isProblem()) {
            return false;
        }
        if (reason != null && !reasons.contains(reason.name())) {
            return false;
        }
        if (crossTeamOnly && fromTeam.equals(toTeam)) {
            return false;
        }
        return team == null || team.equals(fromTeam) || team.equals(toTeam);
    }

    boolean matches(RiskState state, String fromTeam, String toTeam, java.util.Collection<String> reasons) {
        return matchesAllButState(state, fromTeam, toTeam, reasons) && (states.isEmpty() || states.contains(state));
    }
}

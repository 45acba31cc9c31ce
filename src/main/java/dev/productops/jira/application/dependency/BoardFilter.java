package dev.productops.jira.application.dependency;

import dev.productops.jira.domain.dependency.RiskState;

import java.util.Set;

/**
 * Which dependencies of a board someone wants to see: one model for the page's chips, lane counts and "Showing N of
 * M", the CSV export and a shared link, so they can never disagree. {@code team} is a project key or null;
 * {@code states} empty means every state.
 */
public record BoardFilter(boolean problemsOnly, boolean crossTeamOnly, String team, Set<RiskState> states) {
    public static final BoardFilter NONE = new BoardFilter(false, false, null, Set.of());

    public BoardFilter {
        states = Set.copyOf(states);
        team = team == null || team.isBlank() ? null : team;
    }

    /** Everything but the state: the chips count by state what the other filters leave, so a chip shows what clicking it gives. */
    boolean matchesAllButState(RiskState state, String fromTeam, String toTeam) {
        if (problemsOnly && !state.isProblem()) {
            return false;
        }
        if (crossTeamOnly && fromTeam.equals(toTeam)) {
            return false;
        }
        return team == null || team.equals(fromTeam) || team.equals(toTeam);
    }

    boolean matches(RiskState state, String fromTeam, String toTeam) {
        return matchesAllButState(state, fromTeam, toTeam) && (states.isEmpty() || states.contains(state));
    }
}

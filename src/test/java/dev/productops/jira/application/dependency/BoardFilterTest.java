package dev.productops.jira.application.dependency;

import dev.productops.jira.domain.dependency.ReasonCode;
import dev.productops.jira.domain.dependency.RiskState;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/** One filter model for chips, lanes, "Showing N of M" and the export. */
public class BoardFilterTest {
    private static final List<String> NO_REASONS = List.of();

    @Test
    public void eachFilterKeepsOnlyWhatItNames() {
        assertEquals(true, BoardFilter.NONE.matches(RiskState.OK, "PAY", "PAY", NO_REASONS));
        BoardFilter problems = new BoardFilter(true, false, null, Set.of());
        assertEquals(false, problems.matches(RiskState.OK, "PAY", "CHK", NO_REASONS));
        assertEquals(true, problems.matches(RiskState.AT_RISK, "PAY", "CHK", NO_REASONS));
        BoardFilter crossTeam = new BoardFilter(false, true, " ", Set.of());
        assertEquals(null, crossTeam.team());
        assertEquals(false, crossTeam.matches(RiskState.CONFLICT, "PAY", "PAY", NO_REASONS));
        assertEquals(true, crossTeam.matches(RiskState.CONFLICT, "PAY", "CHK", NO_REASONS));
        BoardFilter chk = new BoardFilter(false, false, "CHK", Set.of());
        assertEquals(true, chk.matches(RiskState.OK, "PAY", "CHK", NO_REASONS));
        assertEquals(true, chk.matches(RiskState.OK, "CHK", "MOB", NO_REASONS));
        assertEquals(false, chk.matches(RiskState.OK, "PAY", "MOB", NO_REASONS));
    }

    @Test
    public void theStateIsTheOneFilterTheChipsDoNotApply() {
        BoardFilter conflicts = new BoardFilter(false, false, null, Set.of(RiskState.CONFLICT, RiskState.BLOCKED));
        assertEquals(false, conflicts.matches(RiskState.OK, "PAY", "CHK", NO_REASONS));
        assertEquals(true, conflicts.matches(RiskState.BLOCKED, "PAY", "CHK", NO_REASONS));
        assertEquals(true, conflicts.matchesAllButState(RiskState.OK, "PAY", "CHK", NO_REASONS));
    }

    @Test
    public void aReasonKeepsOnlyDependenciesGivenThatReason() {
        BoardFilter inCycles = new BoardFilter(false, false, null, Set.of(), ReasonCode.IN_CYCLE, false);
        assertEquals(true, inCycles.matches(RiskState.CONFLICT, "PAY", "CHK", List.of("BLOCKER_STALE", "IN_CYCLE")));
        assertEquals(false, inCycles.matches(RiskState.CONFLICT, "PAY", "CHK", List.of("BLOCKER_STALE")));
        assertEquals(false, inCycles.withQuiet());
    }
}

package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.IssueDependencies.Problem;
import dev.productops.jira.application.dependency.IssueDependencies.Report;
import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.RecordedCycles;
import dev.productops.jira.application.fake.InMemoryJira;
import dev.productops.jira.application.fake.InMemoryPlanning;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.domain.dependency.RiskState;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The issue view's account of one issue's dependencies, against Jira, the planning store and the snapshot in memory. */
public class IssueDependenciesTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate RECORDED = LocalDate.of(2026, 11, 29);

    /**
     * PAY-1 (due in 5 days) waits for CHK-1 (due in 10: planned to end after PAY-1, a conflict) and for PLAT-1 (done);
     * CHK-2 (due in 20) waits for PAY-1, which is on time.
     */
    private final InMemoryJira jira = new InMemoryJira()
            .project(new BoardProject(1, "PAY", "Payments", List.of()))
            .project(new BoardProject(2, "CHK", "Checkout", List.of()))
            .project(new BoardProject(3, "PLAT", "Platform", List.of()))
            .issue(issue(11, "PAY-1", 1, "PAY", "new", MONDAY.plusDays(5)))
            .issue(issue(21, "CHK-1", 2, "CHK", "new", MONDAY.plusDays(10)))
            .issue(issue(22, "CHK-2", 2, "CHK", "new", MONDAY.plusDays(20)))
            .issue(issue(31, "PLAT-1", 3, "PLAT", "done", null))
            .issue(issue(12, "PAY-2", 1, "PAY", "new", null))
            .link(new BoardLink(1001, 21, 11, "Blocks"))
            .link(new BoardLink(1002, 11, 22, "Blocks"))
            .link(new BoardLink(1003, 31, 11, "Blocks"));

    private static BoardIssue issue(long id, String key, long projectId, String projectKey, String category, LocalDate due) {
        Instant updated = NOW.minusSeconds(3600);
        return new BoardIssue(id, key, key + " summary", category, category, "Someone", due, updated.minusSeconds(86400 * 30L),
                updated, projectId, projectKey, null, true);
    }

    private Optional<Report> reportOf(long issueId, RecordedCycles cycles) {
        InMemoryPlanning planning = new InMemoryPlanning();
        return new IssueDependencies(jira, planning, planning, cycles, jira, SignedIn.as("alice", ZoneId.of("UTC")),
                Clock.fixed(NOW, ZoneOffset.UTC)).of(issueId);
    }

    private static RecordedCycles none() {
        return links -> Optional.empty();
    }

    @Test
    public void eachProblemIsOneLineWithItsStrongestReasonAndTheRestAreCounted() {
        Report report = reportOf(11, none()).orElseThrow();
        assertEquals("PAY-1", report.issueKey());
        assertEquals(1, report.problems().size());
        Problem conflict = report.problems().get(0);
        assertEquals(RiskState.CONFLICT, conflict.state());
        assertEquals("CHK-1", conflict.otherKey());
        assertTrue("CHK-1 blocks PAY-1", conflict.otherIsBlocker());
        assertEquals("BLOCKER_ENDS_AFTER_DEPENDENT", conflict.reason().code());
        assertEquals(Map.of("blockerEnd", "2026-12-10", "dependentEnd", "2026-12-05"), conflict.reason().parameters());
        assertEquals("on time to CHK-2, and PLAT-1 done", 2, report.settled());
        assertEquals(List.of(), report.cycles());
        assertEquals("the issue's team first, then those at the other ends", List.of("PAY", "CHK", "PLAT"), report.teams());
    }

    @Test
    public void aRecordedCycleIsToldWithTheDayOfTheSnapshotAndItsLinkIsNoLongerCountedAsFine() {
        RecordedCycles cycles = links -> {
            assertEquals(Set.of(1001L, 1002L, 1003L), Set.copyOf(links));
            return Optional.of(new RecordedCycles.Recorded(RECORDED, List.of(new RecordedCycles.Cycle(Set.of(1002L), Set.of(11L, 22L, 12L), Set.of(1L, 2L)))));
        };
        Report report = reportOf(11, cycles).orElseThrow();
        assertEquals(List.of(new IssueDependencies.Cycle(RECORDED, 3, List.of("CHK-2"))), report.cycles());
        assertEquals(1, report.problems().size());
        assertEquals("only PLAT-1's is fine now", 1, report.settled());
    }

    @Test
    public void aCycleThroughAProjectTheViewerCannotBrowseIsNotTold() {
        RecordedCycles cycles = links -> Optional.of(new RecordedCycles.Recorded(RECORDED,
                List.of(new RecordedCycles.Cycle(Set.of(1002L), Set.of(11L, 22L, 12L, 99L), Set.of(1L, 2L, 99L)))));
        Report report = reportOf(11, cycles).orElseThrow();
        assertEquals(List.of(), report.cycles());
        assertEquals(2, report.settled());
    }

    @Test
    public void aCycleThroughAnIssueTheViewerCannotSeeIsNotToldEvenInProjectsTheyBrowse() {
        RecordedCycles cycles = links -> Optional.of(new RecordedCycles.Recorded(RECORDED,
                List.of(new RecordedCycles.Cycle(Set.of(1002L), Set.of(11L, 22L, 12L), Set.of(1L, 2L)))));
        jira.hiddenByIssueSecurity(12);
        Report report = reportOf(11, cycles).orElseThrow();
        assertEquals("its length would tell of PAY-2", List.of(), report.cycles());
        assertEquals(2, report.settled());
    }

    @Test
    public void anIssueWithoutDependenciesOrUnknownHasNoReport() {
        assertFalse(reportOf(12, none()).isPresent());
        assertFalse(reportOf(404, none()).isPresent());
    }

    @Test
    public void nothingWrongIsACount() {
        Report report = reportOf(22, none()).orElseThrow();
        assertEquals(List.of(), report.problems());
        assertEquals(1, report.settled());
        assertEquals(List.of("CHK", "PAY"), report.teams());
    }
}

package dev.productops.jira.application.dependency;

import dev.productops.jira.application.ChosenProjects;
import dev.productops.jira.application.dependency.BoardView.DependencyView;
import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardVersion;
import dev.productops.jira.application.fake.InMemoryJira;
import dev.productops.jira.application.fake.InMemoryPlanning;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.problem.InvalidQuery;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.ProjectKey;
import dev.productops.jira.domain.dependency.RiskState;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The board use case on its own, against Jira and the planning store in memory. */
public class DependencyBoardTest {
    /** Noon in London on Monday 30 November 2026: already Tuesday 1 December on Kiritimati (UTC+14). */
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final InMemoryJira jira = new InMemoryJira()
            .project(new BoardProject(1, "PAY", "Payments", List.of(new BoardVersion(100, "PAY Sprint 9", MONDAY.minusWeeks(2), MONDAY.plusWeeks(2), false))))
            .project(new BoardProject(2, "CHK", "Checkout", List.of(new BoardVersion(200, "CHK Sprint 9", MONDAY.minusWeeks(2), MONDAY.plusWeeks(2), false))))
            // Due "today" for a Londoner, yesterday on Kiritimati.
            .issue(issue(11, "PAY-1", 1, "PAY", "new", MONDAY)).issue(issue(21, "CHK-1", 2, "CHK", "new", null))
            .issue(issue(12, "PAY-2", 1, "PAY", "done", null)).issue(issue(22, "CHK-2", 2, "CHK", "new", null))
            // Overdue for everyone.
            .issue(issue(13, "PAY-3", 1, "PAY", "new", MONDAY.minusDays(10))).issue(issue(23, "CHK-3", 2, "CHK", "new", null))
            .link(new BoardLink(1001, 11, 21, "Blocks")).link(new BoardLink(1002, 12, 22, "Blocks"))
            .link(new BoardLink(1003, 13, 23, "Blocks"));

    private static BoardIssue issue(long id, String key, long projectId, String projectKey, String category, LocalDate due) {
        Instant updated = NOW.minusSeconds(3600);
        return new BoardIssue(id, key, key + " summary", category, category, "Someone", due, updated.minusSeconds(86400 * 30L),
                updated, projectId, projectKey, projectId * 100, true);
    }

    private DependencyBoard boardFor(SignedIn viewer) {
        InMemoryPlanning planning = new InMemoryPlanning();
        return new DependencyBoard(jira, planning, planning, viewer, viewer, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static BoardQuery query(String... keys) {
        return new BoardQuery(new ChosenProjects(Arrays.stream(keys).map(ProjectKey::new).toList()),
                BoardQuery.Layout.SPRINT, null, null);
    }

    private static DependencyView dependency(BoardView view, long linkId) {
        return view.dependencies().stream().filter(d -> d.linkId() == linkId).findFirst().orElseThrow();
    }

    private static boolean overdue(DependencyView d) {
        return d.reasons().stream().anyMatch(r -> r.code().equals("BLOCKER_OVERDUE"));
    }

    @Test
    public void overdueIsJudgedOnTheViewersOwnToday() {
        BoardView london = boardFor(SignedIn.as("alice", ZoneId.of("Europe/London"))).board(query("PAY", "CHK"));
        BoardView kiritimati = boardFor(SignedIn.as("bob", KIRITIMATI)).board(query("PAY", "CHK"));

        assertFalse("due today in London is not late yet", overdue(dependency(london, 1001)));
        assertTrue("on Kiritimati the due day was yesterday", overdue(dependency(kiritimati, 1001)));
        assertTrue(overdue(dependency(london, 1003)));
        assertTrue(overdue(dependency(kiritimati, 1003)));
    }

    @Test
    public void theCriticalPathDoesNotDependOnTheOrderJiraReturnsIssuesIn() {
        // PAY-1 → CHK-1 and PAY-3 → CHK-3 are equally long chains of open issues: one of them is the path, always the same.
        InMemoryJira reversed = new InMemoryJira()
                .project(new BoardProject(2, "CHK", "Checkout", List.of(new BoardVersion(200, "CHK Sprint 9", MONDAY.minusWeeks(2), MONDAY.plusWeeks(2), false))))
                .project(new BoardProject(1, "PAY", "Payments", List.of(new BoardVersion(100, "PAY Sprint 9", MONDAY.minusWeeks(2), MONDAY.plusWeeks(2), false))))
                .issue(issue(23, "CHK-3", 2, "CHK", "new", null)).issue(issue(13, "PAY-3", 1, "PAY", "new", MONDAY.minusDays(10)))
                .issue(issue(22, "CHK-2", 2, "CHK", "new", null)).issue(issue(12, "PAY-2", 1, "PAY", "done", null))
                .issue(issue(21, "CHK-1", 2, "CHK", "new", null)).issue(issue(11, "PAY-1", 1, "PAY", "new", MONDAY))
                .link(new BoardLink(1003, 13, 23, "Blocks")).link(new BoardLink(1002, 12, 22, "Blocks"))
                .link(new BoardLink(1001, 11, 21, "Blocks"));
        InMemoryPlanning planning = new InMemoryPlanning();
        SignedIn alice = SignedIn.as("alice", ZoneId.of("UTC"));
        BoardView inOrder = boardFor(alice).board(query("PAY", "CHK"));
        BoardView inReverse = new DependencyBoard(reversed, planning, planning, alice, alice, Clock.fixed(NOW, ZoneOffset.UTC))
                .board(query("PAY", "CHK"));

        assertEquals(2, inOrder.criticalPath().size());
        assertEquals(inOrder.criticalPath(), inReverse.criticalPath());
    }

    @Test
    public void aCycleThroughOtherTeamsIsReportedWholeOnOneTeamsBoard() {
        // PAY-1 blocks CHK-1, which blocks MOB-9, which blocks PAY-1 again: PAY's board holds only PAY-1.
        jira.project(new BoardProject(3, "MOB", "Mobile", List.of())).issue(issue(31, "MOB-9", 3, "MOB", "new", null))
                .link(new BoardLink(1004, 21, 31, "Blocks")).link(new BoardLink(1005, 31, 11, "Blocks"));
        BoardView pay = boardFor(SignedIn.as("alice", ZoneId.of("UTC"))).board(query("PAY"));
        assertEquals(List.of(List.of("PAY-1", "CHK-1", "MOB-9")), pay.cycles());
        assertEquals(RiskState.CONFLICT, dependency(pay, 1001).state());
        assertTrue(dependency(pay, 1001).reasons().stream().anyMatch(r -> r.code().equals("IN_CYCLE")));
    }

    @Test
    public void dependenciesComeWorstFirstAndEveryLaneCountsItsProblems() {
        BoardView view = boardFor(SignedIn.as("bob", KIRITIMATI)).board(query("PAY", "CHK"));

        assertEquals(RiskState.DONE, dependency(view, 1002).state());
        assertTrue(dependency(view, 1001).state().isProblem());
        assertTrue(dependency(view, 1003).state().isProblem());
        assertEquals("problems first, done last", 1002L, view.dependencies().get(2).linkId());
        // Both problems join a PAY card to a CHK card, so each lane has two.
        assertEquals(List.of(2, 2), view.lanes().stream().map(BoardView.Lane::problems).toList());
        Map<RiskState, Integer> totals = view.totals();
        assertEquals(List.of(RiskState.CONFLICT, RiskState.BLOCKED, RiskState.AT_RISK, RiskState.DECLINED, RiskState.OK, RiskState.DONE),
                List.copyOf(totals.keySet()));
        assertEquals(3, totals.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(Integer.valueOf(1), totals.get(RiskState.DONE));
    }

    @Test
    public void aProjectTheViewerCannotSeeIsLeftOutByNameAndNobodyIsRefused() {
        BoardView partial = boardFor(SignedIn.as("bob", KIRITIMATI)).board(query("PAY", "SECRET"));
        assertEquals(List.of("PAY"), partial.lanes().stream().map(BoardView.Lane::projectKey).toList());
        assertEquals(List.of("SECRET"), partial.leftOut());
        assertThrows(NotFound.class, () -> boardFor(SignedIn.as("bob", KIRITIMATI)).board(query("SECRET")));
        assertThrows(NotAllowed.class, () -> boardFor(SignedIn.nobody()).board(query("PAY")));
    }

    @Test
    public void aQuestionThatCannotBeAnsweredIsRefusedBeforeAnythingIsRead() {
        assertEquals(InvalidQuery.Part.PROJECTS, assertThrows(InvalidQuery.class, () -> query()).part());
        assertEquals(InvalidQuery.Part.PERIOD, assertThrows(InvalidQuery.class, () -> new BoardQuery(
                new ChosenProjects(List.of(new ProjectKey("PAY"))), BoardQuery.Layout.MONTH, MONDAY, MONDAY.minusDays(1))).part());
        List<ProjectKey> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(new ProjectKey("P" + i));
        }
        assertThrows(InvalidQuery.class, () -> new ChosenProjects(many));
        assertEquals("the same team twice is one team", Set.of(new ProjectKey("PAY")),
                Set.copyOf(new ChosenProjects(List.of(new ProjectKey("pay"), new ProjectKey(" PAY"))).keys()));
    }
}

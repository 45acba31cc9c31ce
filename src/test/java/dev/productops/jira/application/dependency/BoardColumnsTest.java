package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.BoardView.Column;
import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardVersion;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** How issues are laid out in time: sprints shared across teams, other teams' versions by their dates, months. */
public class BoardColumnsTest {
    private static final LocalDate S9 = LocalDate.of(2026, 11, 16);
    private static final LocalDate E9 = LocalDate.of(2026, 11, 29);
    private static final LocalDate S10 = LocalDate.of(2026, 11, 30);
    private static final LocalDate E10 = LocalDate.of(2026, 12, 13);
    private static final String W9 = S9 + "_" + E9;
    private static final String W10 = S10 + "_" + E10;

    private static final BoardProject PAY = new BoardProject(1, "PAY", "Payments", List.of(
            new BoardVersion(110, "PAY Sprint 10", S10, E10, false), new BoardVersion(109, "pay Sprint 9", S9, E9, true),
            new BoardVersion(100, "Someday", null, null, false)));
    private static final BoardProject CHK = new BoardProject(2, "CHK", "Checkout", List.of(
            new BoardVersion(209, "CHK Iteration 9", S9, E9, true)));
    private static final BoardProject MOB = new BoardProject(3, "MOB", "Mobile", List.of(
            new BoardVersion(310, "MOB 10", S10, E10, false), new BoardVersion(311, "MOB hotfix", null, LocalDate.of(2026, 12, 1), false),
            new BoardVersion(399, "MOB next year", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 14), false),
            new BoardVersion(398, "MOB undated", null, null, false)));

    private static BoardIssue issue(String key, Long versionId, LocalDate due) {
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        return new BoardIssue(key.hashCode(), key, key, "new", "new", null, due, t, t, 1, key.substring(0, 3), versionId, true);
    }

    private static List<String> ids(BoardColumns columns) {
        return columns.columns().stream().map(Column::id).toList();
    }

    @Test
    public void versionsOfTwoTeamsWithTheSameDatesAreOneColumnNamedWithoutTheirKeys() {
        BoardColumns columns = new BoardColumns(BoardQuery.Layout.SPRINT, List.of(PAY, CHK), List.of(), List.of(), null, null);
        assertEquals(List.of(new Column(W9, "Sprint 9 / Iteration 9", S9, E9), new Column(W10, "Sprint 10", S10, E10),
                new Column("version-100", "Someday", null, null), new Column("unscheduled", "Unscheduled", null, null)), columns.columns());
        assertEquals(Optional.of(W9), columns.columnOf(issue("CHK-1", 209L, null)));
        assertEquals(Optional.of(W9), columns.columnOf(issue("PAY-1", 109L, null)));
        assertEquals(Optional.of("version-100"), columns.columnOf(issue("PAY-2", 100L, null)));
        assertEquals(Optional.of("unscheduled"), columns.columnOf(issue("PAY-3", null, E9)));
        assertEquals("Sprint 10", columns.nameOf(W10));
        assertEquals(null, columns.nameOf("nothing"));
    }

    @Test
    public void anotherTeamsIssueSitsWhereItsOwnVersionsDatesPutIt() {
        BoardColumns columns = new BoardColumns(BoardQuery.Layout.SPRINT, List.of(PAY), List.of(MOB), List.of(), null, null);
        assertEquals("same dates", Optional.of(W10), columns.columnOf(issue("MOB-1", 310L, null)));
        assertEquals("released inside sprint 10", Optional.of(W10), columns.columnOf(issue("MOB-2", 311L, null)));
        assertEquals("after every window", Optional.of("unscheduled"), columns.columnOf(issue("MOB-3", 399L, null)));
        assertEquals("no dates", Optional.of("unscheduled"), columns.columnOf(issue("MOB-4", 398L, null)));
        assertEquals("a version nobody listed", Optional.of("unscheduled"), columns.columnOf(issue("MOB-5", 999L, null)));
    }

    @Test
    public void onlyColumnsOverlappingTheChosenDaysAreShownAndTheirIssuesNowhere() {
        BoardColumns fromTen = new BoardColumns(BoardQuery.Layout.SPRINT, List.of(PAY), List.of(), List.of(), S10, null);
        assertEquals(List.of(W10, "version-100", "unscheduled"), ids(fromTen));
        assertEquals(Optional.empty(), fromTen.columnOf(issue("PAY-1", 109L, null)));
        BoardColumns untilNine = new BoardColumns(BoardQuery.Layout.SPRINT, List.of(PAY), List.of(), List.of(), null, E9);
        assertEquals(List.of(W9, "version-100", "unscheduled"), ids(untilNine));
        BoardColumns lastDayOfNine = new BoardColumns(BoardQuery.Layout.SPRINT, List.of(PAY), List.of(), List.of(), E9, S10);
        assertEquals("a column touching the period by one day is in it", List.of(W9, W10, "version-100", "unscheduled"), ids(lastDayOfNine));
    }

    @Test
    public void monthsComeFromDueDatesInOrder() {
        List<BoardIssue> issues = List.of(issue("PAY-1", null, LocalDate.of(2027, 1, 5)), issue("PAY-2", null, LocalDate.of(2026, 11, 30)),
                issue("PAY-3", null, LocalDate.of(2026, 11, 1)), issue("PAY-4", null, null));
        BoardColumns months = new BoardColumns(BoardQuery.Layout.MONTH, List.of(PAY), List.of(), issues, null, null);
        assertEquals(List.of(new Column("2026-11", "Nov 2026", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                new Column("2027-01", "Jan 2027", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)),
                new Column("unscheduled", "Unscheduled", null, null)), months.columns());
        assertEquals(Optional.of("2026-11"), months.columnOf(issues.get(1)));
        assertEquals(Optional.of("unscheduled"), months.columnOf(issues.get(3)));
        BoardColumns december = new BoardColumns(BoardQuery.Layout.MONTH, List.of(PAY), List.of(), issues,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertEquals(List.of("unscheduled"), ids(december));
    }

    @Test
    public void aProjectKeyIsDroppedFromAVersionNameIgnoringCaseOnlyAsAWord() {
        assertEquals("Sprint 9", BoardColumns.withoutProjectKey("PAY", "pay Sprint 9"));
        assertEquals("PAYMENTS 9", BoardColumns.withoutProjectKey("PAY", "PAYMENTS 9"));
        BoardProject many = new BoardProject(4, "X", "X", List.of(new BoardVersion(1, "A", S9, E9, false),
                new BoardVersion(2, "B", S9, E9, false), new BoardVersion(3, "C", S9, E9, false), new BoardVersion(4, "D", S9, E9, false)));
        assertEquals("A / B / C …", new BoardColumns(BoardQuery.Layout.VERSION, List.of(many), List.of(), List.of(), null, null)
                .columns().get(0).name());
    }
}

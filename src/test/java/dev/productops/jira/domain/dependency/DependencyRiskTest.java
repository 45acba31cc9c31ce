package dev.productops.jira.domain.dependency;

import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.productops.jira.domain.dependency.StatusCategory.DONE;
import static dev.productops.jira.domain.dependency.StatusCategory.IN_PROGRESS;
import static dev.productops.jira.domain.dependency.StatusCategory.TO_DO;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Every rule and every state on small hand-made scopes; "today" is 2025-03-10 throughout. */
public class DependencyRiskTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");
    private static final long PAY_BOARD = 1;
    private static final long CHK_BOARD = 2;

    /** A scope under construction: issues by key, links between them. */
    private final List<Issue> issues = new ArrayList<>();
    private final List<int[]> links = new ArrayList<>();
    private final List<LocalDate> neededBy = new ArrayList<>();
    private final List<AgreementState> agreed = new ArrayList<>();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static PlannedWindow sprint(long board, int position, String start, String end) {
        return new PlannedWindow((board == PAY_BOARD ? "PAY" : "CHK") + " Sprint " + position, board, position, day(start), day(end));
    }

    private int issue(Issue issue) {
        issues.add(issue);
        return issues.size() - 1;
    }

    private int todo(String key) {
        return issue(Issue.of(key, TO_DO));
    }

    private int link(int blocker, int dependent) {
        return link(blocker, dependent, null, null);
    }

    private int link(int blocker, int dependent, LocalDate needed, AgreementState state) {
        links.add(new int[]{blocker, dependent});
        neededBy.add(needed);
        agreed.add(state);
        return links.size() - 1;
    }

    private DependencyAnalysis analyse() {
        return analyse(RiskSettings.on(TODAY));
    }

    private DependencyAnalysis analyse(RiskSettings settings) {
        IssueFacts facts = new IssueFacts(issues.size());
        for (int node = 0; node < issues.size(); node++) {
            facts.set(node, issues.get(node));
        }
        Dependencies dependencies = new Dependencies(links.size());
        for (int i = 0; i < links.size(); i++) {
            dependencies.add(1000 + i, links.get(i)[0], links.get(i)[1], neededBy.get(i), agreed.get(i));
        }
        return DependencyAnalysis.of(facts, dependencies, settings);
    }

    private static RiskReason only(DependencyAnalysis analysis, int link, ReasonCode code) {
        return analysis.reasons(link).stream().filter(r -> r.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + analysis.reasons(link)));
    }

    private static void assertCodes(DependencyAnalysis analysis, int link, ReasonCode... codes) {
        assertEquals(List.of(codes), analysis.reasons(link).stream().map(RiskReason::code).toList());
    }

    @Test
    public void anAssignedFreshPlannedInOrderBlockerIsOk() {
        int pay = issue(Issue.of("PAY-1", TO_DO).updatedOn(TODAY).plannedIn(sprint(PAY_BOARD, 1, "2025-03-17", "2025-03-28")));
        int chk = issue(Issue.of("CHK-1", TO_DO).plannedIn(sprint(CHK_BOARD, 5, "2025-03-31", "2025-04-11")));
        int ok = link(pay, chk);
        todo("X-1");
        todo("X-2");
        todo("X-3");
        link(3, 4);
        link(4, 2);   // X-1 -> X-2 -> X-3 is the critical path, not PAY-1 -> CHK-1
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.OK, analysis.state(ok));
        assertTrue(analysis.reasons(ok).isEmpty());
    }

    @Test
    public void aDoneBlockerMakesTheDependencyDoneWhateverElseIsWrong() {
        int pay = issue(Issue.of("PAY-1", DONE).unassigned().due(day("2025-01-01")).inProjectWithoutPlanning());
        int chk = todo("CHK-1");
        int done = link(pay, chk, day("2025-02-01"), AgreementState.DECLINED);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.DONE, analysis.state(done));
        assertCodes(analysis, done, ReasonCode.BLOCKER_DONE);
        assertEquals("PAY-1 is done.", analysis.reasons(done).get(0).text());
    }

    @Test
    public void aPersonCanMarkDoneDeclineOrRaiseToAtRisk() {
        int a = todo("A-1");
        int b = todo("B-1");
        int markedDone = link(a, b, null, AgreementState.DONE);
        int declined = link(a, b, day("2025-01-01"), AgreementState.DECLINED);
        int atRisk = link(a, b, null, AgreementState.AT_RISK);
        int committed = link(a, b, null, AgreementState.COMMITTED);
        int proposed = link(a, b, null, AgreementState.PROPOSED);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.DONE, analysis.state(markedDone));
        assertCodes(analysis, markedDone, ReasonCode.MARKED_DONE);
        // declined beats the computed conflict, which is still listed
        assertEquals(RiskState.DECLINED, analysis.state(declined));
        assertCodes(analysis, declined, ReasonCode.MARKED_DECLINED, ReasonCode.NEEDED_BY_PASSED, ReasonCode.ON_CRITICAL_PATH);
        assertEquals(RiskState.AT_RISK, analysis.state(atRisk));
        assertEquals(RiskState.OK, analysis.state(committed));
        assertEquals(RiskState.OK, analysis.state(proposed));
    }

    @Test
    public void committingDoesNotHideAConflict() {
        int a = issue(Issue.of("A-1", TO_DO).due(day("2025-04-30")));
        int b = issue(Issue.of("B-1", TO_DO).due(day("2025-04-01")));
        int link = link(a, b, null, AgreementState.COMMITTED);
        assertEquals(RiskState.CONFLICT, analyse().state(link));
    }

    @Test
    public void aBlockerInALaterSprintOfTheSameBoardIsAConflictTheSameSprintAtRisk() {
        int later = issue(Issue.of("PAY-1", TO_DO).plannedIn(sprint(PAY_BOARD, 3, "2025-04-14", "2025-04-25")));
        int same = issue(Issue.of("PAY-2", TO_DO).plannedIn(sprint(PAY_BOARD, 2, "2025-03-31", "2025-04-11")));
        int dependent = issue(Issue.of("PAY-3", TO_DO).plannedIn(sprint(PAY_BOARD, 2, "2025-03-31", "2025-04-11")));
        int conflict = link(later, dependent);
        int risky = link(same, dependent);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.CONFLICT, analysis.state(conflict));
        assertEquals(Map.of("blockerEnd", "2025-04-25", "dependentEnd", "2025-04-11"),
                only(analysis, conflict, ReasonCode.BLOCKER_ENDS_AFTER_DEPENDENT).parameters());
        assertEquals(RiskState.AT_RISK, analysis.state(risky));
        assertEquals("The blocker is planned in the same PAY Sprint 2 as the dependent: it must land early in it.",
                only(analysis, risky, ReasonCode.BLOCKER_IN_SAME_WINDOW).text());
    }

    /** Rule: versions of one project without dates compare by their order. */
    @Test
    public void undatedVersionsOfOneProjectCompareByOrder() {
        int later = issue(Issue.of("PAY-1", TO_DO).plannedIn(new PlannedWindow("3.0", PAY_BOARD, 3, null, null)));
        int dependent = issue(Issue.of("PAY-3", TO_DO).plannedIn(new PlannedWindow("2.0", PAY_BOARD, 2, null, null)));
        int conflict = link(later, dependent);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.CONFLICT, analysis.state(conflict));
        assertEquals(Map.of("blockerWindow", "3.0", "dependentWindow", "2.0"),
                only(analysis, conflict, ReasonCode.BLOCKER_IN_LATER_WINDOW).parameters());
    }

    @Test
    public void acrossTeamsTheDatesDecide() {
        int pay = issue(Issue.of("PAY-1", TO_DO).plannedIn(sprint(PAY_BOARD, 1, "2025-03-17", "2025-04-04")));
        int chkEarlier = issue(Issue.of("CHK-0", TO_DO).plannedIn(sprint(CHK_BOARD, 8, "2025-03-17", "2025-03-28")));
        int chkOverlapping = issue(Issue.of("CHK-1", TO_DO).plannedIn(sprint(CHK_BOARD, 9, "2025-03-31", "2025-04-11")));
        int chkLater = issue(Issue.of("CHK-2", TO_DO).plannedIn(sprint(CHK_BOARD, 10, "2025-04-14", "2025-04-25")));
        int conflict = link(pay, chkEarlier);
        int early = link(pay, chkOverlapping);
        int fine = link(pay, chkLater);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.CONFLICT, analysis.state(conflict));
        RiskReason reason = only(analysis, conflict, ReasonCode.BLOCKER_ENDS_AFTER_DEPENDENT);
        assertEquals(Map.of("blockerEnd", "2025-04-04", "dependentEnd", "2025-03-28"), reason.parameters());
        assertEquals("The blocker is planned to end 2025-04-04, after the dependent (2025-03-28).", reason.text());
        assertEquals(RiskState.AT_RISK, analysis.state(early));
        assertEquals(Map.of("blockerEnd", "2025-04-04", "dependentStart", "2025-03-31"),
                only(analysis, early, ReasonCode.BLOCKER_ENDS_AFTER_DEPENDENT_STARTS).parameters());
        assertEquals(RiskState.OK, analysis.state(fine));
    }

    /** Rule: same-dated sprints of two teams are at risk ("must land early"), never a conflict, whatever the due dates. */
    @Test
    public void sameDatedSprintsOfTwoTeamsAreAtRiskNeverAConflict() {
        int data = issue(Issue.of("DATA-4", TO_DO).due(day("2025-03-20")).plannedIn(sprint(CHK_BOARD, 23, "2025-03-17", "2025-03-28")));
        int pay = issue(Issue.of("PAY-22", TO_DO).due(day("2025-03-18")).plannedIn(sprint(PAY_BOARD, 23, "2025-03-17", "2025-03-28")));
        int link = link(data, pay);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.AT_RISK, analysis.state(link));
        assertCodes(analysis, link, ReasonCode.BLOCKER_IN_SAME_WINDOW, ReasonCode.ON_CRITICAL_PATH);
    }

    @Test
    public void versionsWithOnlyAReleaseDateCompareByThatDate() {
        int a = issue(Issue.of("A-1", TO_DO).plannedIn(PlannedWindow.dated("2.0", null, day("2025-05-02"))));
        int b = issue(Issue.of("B-1", TO_DO).plannedIn(PlannedWindow.dated("1.4", null, day("2025-04-18"))));
        int link = link(a, b);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.CONFLICT, analysis.state(link));
        assertEquals(Map.of("blockerEnd", "2025-05-02", "dependentEnd", "2025-04-18"),
                only(analysis, link, ReasonCode.BLOCKER_ENDS_AFTER_DEPENDENT).parameters());
    }

    /** Rule: without a sprint or version, the due date is the planned end. */
    @Test
    public void withoutAWindowTheDueDateIsThePlannedEnd() {
        int a = issue(Issue.of("A-1", TO_DO).due(day("2025-04-30")));
        int b = issue(Issue.of("B-1", TO_DO).due(day("2025-04-01")));
        int c = issue(Issue.of("C-1", TO_DO).due(day("2025-05-30")));
        int late = link(a, b);
        int inTime = link(a, c);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.CONFLICT, analysis.state(late));
        assertEquals(Map.of("blockerEnd", "2025-04-30", "dependentEnd", "2025-04-01"),
                only(analysis, late, ReasonCode.BLOCKER_ENDS_AFTER_DEPENDENT).parameters());
        assertFalse(analysis.assessment(inTime).has(ReasonCode.BLOCKER_ENDS_AFTER_DEPENDENT));
    }

    @Test
    public void aPassedNeededByDateIsAConflictAFutureOneMissedByThePlanToo() {
        int a = issue(Issue.of("A-1", TO_DO).due(day("2025-03-25")));
        int b = todo("B-1");
        int passed = link(a, b, day("2025-03-07"), null);
        int missed = link(a, b, day("2025-03-20"), null);
        int met = link(a, b, day("2025-03-31"), null);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.CONFLICT, analysis.state(passed));
        assertEquals(Map.of("neededBy", "2025-03-07", "daysLate", "3"), only(analysis, passed, ReasonCode.NEEDED_BY_PASSED).parameters());
        assertEquals(RiskState.CONFLICT, analysis.state(missed));
        assertEquals(Map.of("blockerFinish", "2025-03-25", "neededBy", "2025-03-20"),
                only(analysis, missed, ReasonCode.BLOCKER_FINISHES_AFTER_NEEDED_BY).parameters());
        assertEquals(RiskState.OK, analysis.state(met));
    }

    @Test
    public void aBlockerDueInsideTheDependentsSprintMustLandEarly() {
        int a = issue(Issue.of("A-1", TO_DO).due(day("2025-04-02")));
        int b = issue(Issue.of("B-1", TO_DO).plannedIn(sprint(CHK_BOARD, 4, "2025-03-31", "2025-04-11")));
        int link = link(a, b);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.AT_RISK, analysis.state(link));
        assertEquals(Map.of("blockerEnd", "2025-04-02", "dependentStart", "2025-03-31"),
                only(analysis, link, ReasonCode.BLOCKER_ENDS_AFTER_DEPENDENT_STARTS).parameters());
    }

    @Test
    public void anOverdueBlockerIsAtRisk() {
        int a = issue(Issue.of("A-1", IN_PROGRESS).due(day("2025-03-03")));
        int b = todo("B-1");
        int link = link(a, b);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.AT_RISK, analysis.state(link));
        assertEquals("The blocker was due 2025-03-03 (7 days ago) and is not done.", only(analysis, link, ReasonCode.BLOCKER_OVERDUE).text());
    }

    @Test
    public void aStartedDependentIsBlocked() {
        int a = todo("A-1");
        int started = issue(Issue.of("B-1", IN_PROGRESS));
        int windowBegun = issue(Issue.of("B-2", TO_DO).plannedIn(sprint(CHK_BOARD, 1, "2025-03-03", "2025-03-14")));
        int waiting = link(a, started);
        int waitingToo = link(a, windowBegun);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.BLOCKED, analysis.state(waiting));
        assertEquals("B-1 is in progress and is waiting for A-1.", only(analysis, waiting, ReasonCode.DEPENDENT_IN_PROGRESS).text());
        assertEquals(RiskState.BLOCKED, analysis.state(waitingToo));
        // A To Do issue has not started: its sprint has, and the reason says so.
        assertEquals("B-2 is still to do, but its CHK Sprint 1 started 2025-03-03: it is waiting for A-1.",
                only(analysis, waitingToo, ReasonCode.DEPENDENT_WINDOW_STARTED).text());
        assertFalse(analysis.assessment(waitingToo).has(ReasonCode.DEPENDENT_IN_PROGRESS));
    }

    @Test
    public void anUnassignedStaleOrUnplannedBlockerIsAtRisk() {
        int unassigned = issue(Issue.of("A-1", TO_DO).unassigned());
        int stale = issue(Issue.of("A-2", TO_DO).updatedOn(day("2025-02-24")));
        int fresh = issue(Issue.of("A-3", TO_DO).updatedOn(day("2025-02-25")));
        int unplanned = issue(Issue.of("A-4", TO_DO).inProjectWithoutPlanning());
        int b = todo("B-1");
        int l1 = link(unassigned, b);
        int l2 = link(stale, b);
        int l3 = link(fresh, b);
        int l4 = link(unplanned, b);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.AT_RISK, analysis.state(l1));
        assertEquals("Nobody is assigned to A-1.", only(analysis, l1, ReasonCode.BLOCKER_UNASSIGNED).text());
        assertEquals(RiskState.AT_RISK, analysis.state(l2));
        assertEquals(Map.of("blocker", "A-2", "lastUpdated", "2025-02-24", "days", "14"),
                only(analysis, l2, ReasonCode.BLOCKER_STALE).parameters());
        assertFalse(analysis.assessment(l3).has(ReasonCode.BLOCKER_STALE));
        assertEquals(RiskState.AT_RISK, analysis.state(l4));
        assertTrue(analysis.assessment(l4).has(ReasonCode.BLOCKER_PROJECT_UNPLANNED));
    }

    @Test
    public void theStaleThresholdIsASetting() {
        int a = issue(Issue.of("A-1", TO_DO).updatedOn(day("2025-03-05")));
        int b = todo("B-1");
        int link = link(a, b);
        assertEquals(RiskState.OK, analyse().state(link));
        assertEquals(RiskState.AT_RISK, analyse(RiskSettings.on(TODAY).staleAfter(5)).state(link));
    }

    @Test
    public void everyLinkOfACycleIsAConflictNamingTheCycle() {
        int a = todo("PAY-7");
        int b = todo("CHK-12");
        int c = todo("PLAT-5");
        int d = todo("MOB-1");
        int ab = link(a, b);
        int bc = link(b, c);
        int ca = link(c, a);
        int cd = link(c, d);
        DependencyAnalysis analysis = analyse();
        for (int inCycle : new int[]{ab, bc, ca}) {
            assertEquals(RiskState.CONFLICT, analysis.state(inCycle));
            assertEquals(Map.of("members", "CHK-12, PAY-7, PLAT-5", "size", "3"), only(analysis, inCycle, ReasonCode.IN_CYCLE).parameters());
        }
        assertEquals(RiskState.OK, analysis.state(cd));
        assertEquals(List.of(List.of("PAY-7", "CHK-12", "PLAT-5")), analysis.cycleKeys());
    }

    /** Rule: a declined dependency, or one whose blocker is done, is no edge of a cycle. */
    @Test
    public void aDeclinedOrDoneEdgeBreaksTheCycle() {
        int a = todo("PAY-7");
        int b = todo("CHK-12");
        int c = todo("PLAT-5");
        link(a, b, null, AgreementState.DECLINED);
        int bc = link(b, c);
        int ca = link(c, a);
        DependencyAnalysis declined = analyse();
        assertTrue(declined.cycleKeys().isEmpty());
        assertFalse(declined.assessment(bc).has(ReasonCode.IN_CYCLE));
        assertFalse(declined.assessment(ca).has(ReasonCode.IN_CYCLE));

        issues.clear();
        links.clear();
        neededBy.clear();
        agreed.clear();
        int x = issue(Issue.of("PAY-7", DONE));
        int y = todo("CHK-12");
        int z = todo("PLAT-5");
        link(x, y);
        link(y, z);
        int zx = link(z, x);
        DependencyAnalysis done = analyse();
        assertTrue(done.cycleKeys().isEmpty());
        assertFalse(done.assessment(zx).has(ReasonCode.IN_CYCLE));
    }

    @Test
    public void linksOnTheCriticalPathSayHowLongItIs() {
        int a = todo("A-1");
        int b = todo("A-2");
        int c = todo("A-3");
        int x = todo("X-1");
        int ab = link(a, b);
        int bc = link(b, c);
        int xc = link(x, c);
        DependencyAnalysis analysis = analyse();
        assertEquals(List.of("A-1", "A-2", "A-3"), analysis.criticalPathKeys());
        assertEquals(RiskState.OK, analysis.state(ab));
        assertEquals("On the critical path: a chain of 3 unresolved issues.", only(analysis, bc, ReasonCode.ON_CRITICAL_PATH).text());
        assertTrue(analysis.reasons(xc).isEmpty());
    }

    @Test
    public void reasonsAreListedStrongestFirstAndTheStateIsTheStrongest() {
        int a = issue(Issue.of("A-1", TO_DO).unassigned().due(day("2025-03-01")));
        int b = issue(Issue.of("B-1", IN_PROGRESS).due(day("2025-02-20")));
        int link = link(a, b, null, AgreementState.AT_RISK);
        DependencyAnalysis analysis = analyse();
        assertEquals(RiskState.CONFLICT, analysis.state(link));
        assertCodes(analysis, link, ReasonCode.BLOCKER_ENDS_AFTER_DEPENDENT, ReasonCode.DEPENDENT_IN_PROGRESS,
                ReasonCode.MARKED_AT_RISK, ReasonCode.BLOCKER_OVERDUE, ReasonCode.BLOCKER_UNASSIGNED, ReasonCode.ON_CRITICAL_PATH);
    }

    @Test
    public void reasonCodesAreDeclaredStrongestFirst() {
        ReasonCode[] codes = ReasonCode.values();
        for (int i = 1; i < codes.length; i++) {
            assertTrue(codes[i] + " after " + codes[i - 1], codes[i].implies().compareTo(codes[i - 1].implies()) <= 0);
        }
        assertTrue("reasons fit the bits of an int", codes.length <= 32);
    }

    @Test
    public void unknownIssuesFireNoRules() {
        IssueFacts facts = new IssueFacts(1);
        facts.set(0, Issue.of("A-1", TO_DO));
        Dependencies dependencies = new Dependencies(1);
        int outOfScope = dependencies.add(7, 0, 1, null, null);
        DependencyAnalysis analysis = DependencyAnalysis.of(facts, dependencies, RiskSettings.on(TODAY));
        assertEquals(RiskState.OK, analysis.state(outOfScope));
        assertEquals("#1", facts.key(1));
    }

    @Test
    public void totalsCountEveryStateAndTheSingleLinkApiAgreesWithTheBulkOne() {
        int a = issue(Issue.of("A-1", DONE));
        int b = issue(Issue.of("B-1", TO_DO).unassigned());
        int c = issue(Issue.of("C-1", IN_PROGRESS));
        link(a, b);
        link(b, c);
        link(c, b);
        link(b, a, null, AgreementState.DECLINED);
        DependencyAnalysis analysis = analyse();
        Map<RiskState, Integer> totals = analysis.totals();
        assertEquals(1, (int) totals.get(RiskState.DONE));
        assertEquals(2, (int) totals.get(RiskState.CONFLICT));
        assertEquals(1, (int) totals.get(RiskState.DECLINED));
        assertEquals(0, (int) totals.get(RiskState.OK));
        assertEquals(6, totals.size());

        IssueFacts facts = new IssueFacts(3);
        for (int node = 0; node < 3; node++) {
            facts.set(node, issues.get(node));
        }
        DependencyRisk risk = new DependencyRisk(RiskSettings.on(TODAY), facts, analysis.components(), analysis.criticalPath());
        // Worked out by hand: A is done; B and C block each other; a person declined "B before A".
        List<RiskState> states = List.of(RiskState.DONE, RiskState.CONFLICT, RiskState.CONFLICT, RiskState.DECLINED);
        List<ReasonCode> strongest = List.of(ReasonCode.BLOCKER_DONE, ReasonCode.IN_CYCLE, ReasonCode.IN_CYCLE, ReasonCode.MARKED_DECLINED);
        for (int i = 0; i < links.size(); i++) {
            RiskAssessment single = risk.assess(links.get(i)[0], links.get(i)[1], neededBy.get(i), agreed.get(i));
            assertEquals("link " + i, states.get(i), single.state());
            assertEquals("link " + i, strongest.get(i), single.reasons().get(0).code());
            assertEquals("link " + i, states.get(i), analysis.state(i));
            assertEquals("link " + i + ": the bulk path explains it alike", single, analysis.assessment(i));
        }
    }
}

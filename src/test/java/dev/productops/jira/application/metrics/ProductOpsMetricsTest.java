package dev.productops.jira.application.metrics;

import dev.productops.jira.application.ChosenProjects;
import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardVersion;
import dev.productops.jira.application.fake.FixedScoreSettings;
import dev.productops.jira.application.fake.InMemoryEvidence;
import dev.productops.jira.application.fake.InMemoryJira;
import dev.productops.jira.application.fake.InMemoryPlanning;
import dev.productops.jira.application.fake.SignedIn;
import dev.productops.jira.application.metrics.MetricReport.DependencyHealthReport;
import dev.productops.jira.application.metrics.MetricReport.EvidenceCoverageReport;
import dev.productops.jira.application.metrics.MetricReport.RankedIssue;
import dev.productops.jira.application.metrics.MetricReport.TopEvidenceReport;
import dev.productops.jira.application.metrics.port.DeliveredWork.WaitingIssue;
import dev.productops.jira.application.problem.InvalidQuery;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.ProjectKey;
import dev.productops.jira.domain.metrics.EvidenceCoverage.Counts;
import org.junit.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

/** The metrics use case on its own, against Jira, evidence and snapshots in memory. */
public class ProductOpsMetricsTest {
    /** Sunday 29 November 2026, 12:00 UTC: already Monday 30 November on Kiritimati (UTC+14). */
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    private final InMemoryJira jira = new InMemoryJira()
            .project(new BoardProject(1, "PAY", "Payments", List.of(new BoardVersion(100, "S1", null, null, false))))
            .project(new BoardProject(2, "CHK", "Checkout", List.of(new BoardVersion(200, "S1", null, null, false))))
            .issue(issue(11, "PAY-1", 1, "PAY", null)).issue(issue(12, "PAY-2", 1, "PAY", null))
            .issue(issue(13, "PAY-3", 1, "PAY", null))
            .issue(issue(14, "PAY-4", 1, "PAY", LocalDate.of(2026, 11, 1))).issue(issue(21, "CHK-1", 2, "CHK", null))
            // 11:00 UTC on Sunday is 01:00 on Monday on Kiritimati: a different week.
            .resolved(11, Instant.parse("2026-11-29T11:00:00Z"))
            .resolved(12, Instant.parse("2026-11-25T09:00:00Z"))
            .resolved(13, Instant.parse("2026-11-24T09:00:00Z"))
            .link(new BoardLink(5001, 14, 21, "Blocks"))
            .waiting(new WaitingIssue(14, "PAY-4", "Late one", "To Do"))
            .waiting(new WaitingIssue(21, "CHK-1", "Waiting one", "To Do"));
    // PAY-1: strong (score 2 × 2 = 4); PAY-2: linked but weak (2 × 1 = 2); PAY-3: no evidence.
    private final InMemoryEvidence evidence = new InMemoryEvidence().oneCustomer(11, 3, 2).oneCustomer(12, 1, 1)
            .oneCustomer(14, 1, 1).oneCustomer(21, 2, 3);

    private static BoardIssue issue(long id, String key, long projectId, String projectKey, LocalDate due) {
        Instant updated = NOW.minusSeconds(3600);
        return new BoardIssue(id, key, key, "To Do", "new", "Someone", due, Instant.parse("2026-11-19T12:00:00Z"), updated,
                projectId, projectKey, null, true);
    }

    private ProductOpsMetrics metricsFor(SignedIn viewer) {
        InMemoryPlanning planning = new InMemoryPlanning();
        return new ProductOpsMetrics(jira, evidence, evidence, jira, planning, planning, viewer, viewer, Clock.fixed(NOW, ZoneOffset.UTC),
                new FixedScoreSettings());
    }

    private static ChosenProjects projects(String... keys) {
        return new ChosenProjects(Arrays.stream(keys).map(ProjectKey::new).toList());
    }

    private static MetricQuery coverage(double threshold) {
        return new MetricQuery(Metric.EVIDENCE_COVERAGE, projects("PAY"), RequestedPeriod.lastWeeks(12), threshold, 10);
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    public void theDefaultPeriodIsTwelveWholeWeeksEndingOnTheViewersToday() {
        MetricReport utc = metricsFor(SignedIn.as("alice", UTC)).report(coverage(3));
        MetricReport kiritimati = metricsFor(SignedIn.as("bob", KIRITIMATI)).report(coverage(3));

        assertEquals(LocalDate.of(2026, 11, 29), utc.period().to());
        assertEquals(mondayOf(LocalDate.of(2026, 11, 29)).minusWeeks(11), utc.period().from());
        assertEquals(LocalDate.of(2026, 11, 30), kiritimati.period().to());
        assertEquals(LocalDate.of(2026, 11, 30).minusWeeks(11), kiritimati.period().from());
    }

    @Test
    public void coverageCountsResolvedLinkedAndStrongInTheViewersWeeks() {
        EvidenceCoverageReport utc = (EvidenceCoverageReport) metricsFor(SignedIn.as("alice", UTC)).report(coverage(3));
        EvidenceCoverageReport kiritimati = (EvidenceCoverageReport) metricsFor(SignedIn.as("bob", KIRITIMATI)).report(coverage(3));

        assertEquals(new Counts(3, 2, 1), utc.total());
        assertEquals(List.of("PAY-1", "PAY-2"), utc.linkedIssueKeys());
        assertEquals(List.of("PAY-1"), utc.strongIssueKeys());
        assertEquals("all three in the week of Monday 23rd in UTC", new Counts(3, 2, 1), utc.byWeek().get(LocalDate.of(2026, 11, 23)));
        assertEquals("PAY-1 was resolved on Monday 30th on Kiritimati", new Counts(1, 1, 1),
                kiritimati.byWeek().get(LocalDate.of(2026, 11, 30)));
        assertEquals(new Counts(2, 1, 0), kiritimati.byWeek().get(LocalDate.of(2026, 11, 23)));
    }

    @Test
    public void theThresholdDecidesWhatIsStrong() {
        SignedIn alice = SignedIn.as("alice", UTC);
        assertEquals(new Counts(3, 2, 2), ((EvidenceCoverageReport) metricsFor(alice).report(coverage(2))).total());
        assertEquals(new Counts(3, 2, 0), ((EvidenceCoverageReport) metricsFor(alice).report(coverage(4.5))).total());
    }

    @Test
    public void projectsTheViewerCannotSeeAreNamedBackAndNoneVisibleIsNotFound() {
        MetricQuery some = new MetricQuery(Metric.EVIDENCE_COVERAGE, projects("PAY", "NOPE"), RequestedPeriod.lastWeeks(4), 3, 10);
        MetricReport report = metricsFor(SignedIn.as("alice", UTC)).report(some);
        assertEquals(List.of(new ProjectKey("PAY")), report.scope().projects());
        assertEquals(List.of(new ProjectKey("NOPE")), report.scope().skipped());

        MetricQuery none = new MetricQuery(Metric.EVIDENCE_COVERAGE, projects("NOPE"), RequestedPeriod.lastWeeks(4), 3, 10);
        assertThrows(NotFound.class, () -> metricsFor(SignedIn.as("alice", UTC)).report(none));
        assertThrows(NotAllowed.class, () -> metricsFor(SignedIn.nobody()).report(coverage(3)));
    }

    @Test
    public void questionsThatCannotBeAnsweredSayWhichPartIsWrong() {
        assertEquals(InvalidQuery.Part.PROJECTS, assertThrows(InvalidQuery.class,
                () -> MetricQuery.of(Metric.DEPENDENCY_HEALTH, ChosenProjects.none())).part());
        MetricQuery.of(Metric.INSIGHT_INTAKE, ChosenProjects.none());
        assertEquals(InvalidQuery.Part.THRESHOLD, assertThrows(InvalidQuery.class,
                () -> new MetricQuery(Metric.EVIDENCE_COVERAGE, projects("PAY"), RequestedPeriod.lastWeeks(4), 101, 10)).part());
        assertEquals(InvalidQuery.Part.MAX_RESULTS, assertThrows(InvalidQuery.class,
                () -> new MetricQuery(Metric.TOP_EVIDENCE, projects("PAY"), RequestedPeriod.lastWeeks(4), 3, 51)).part());
        assertEquals(InvalidQuery.Part.PERIOD, assertThrows(InvalidQuery.class,
                () -> new RequestedPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), 12)).part());
        assertThrows(InvalidQuery.class, () -> new RequestedPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), 12));
        assertThrows(InvalidQuery.class, () -> RequestedPeriod.lastWeeks(0));
    }

    @Test
    public void topEvidenceRanksWaitingIssuesByScore() {
        MetricQuery query = new MetricQuery(Metric.TOP_EVIDENCE, projects("PAY", "CHK"), RequestedPeriod.lastWeeks(4), 3, 10);
        TopEvidenceReport report = (TopEvidenceReport) metricsFor(SignedIn.as("alice", UTC)).report(query);
        // CHK-1: 2 × 3 = 6; PAY-4: 2 × 1 = 2. PAY-1 and PAY-2 are resolved, so not waiting.
        assertEquals(List.of("CHK-1", "PAY-4"), report.issues().stream().map(RankedIssue::key).toList());
        assertEquals(6.0, report.issues().get(0).score(), 1e-9);

        MetricQuery one = new MetricQuery(Metric.TOP_EVIDENCE, projects("PAY", "CHK"), RequestedPeriod.lastWeeks(4), 3, 1);
        assertEquals(1, ((TopEvidenceReport) metricsFor(SignedIn.as("alice", UTC)).report(one)).issues().size());
    }

    @Test
    public void topEvidenceKeepsToTheChosenProjectsThoughEvidenceLiesElsewhereToo() {
        MetricQuery query = new MetricQuery(Metric.TOP_EVIDENCE, projects("PAY"), RequestedPeriod.lastWeeks(4), 3, 10);
        TopEvidenceReport report = (TopEvidenceReport) metricsFor(SignedIn.as("alice", UTC)).report(query);
        // CHK-1 has the best evidence but is not in PAY.
        assertEquals(List.of("PAY-4"), report.issues().stream().map(RankedIssue::key).toList());
    }

    @Test
    public void dependencyHealthCountsTheOverdueCrossTeamBlockerAsAtRisk() {
        MetricQuery query = new MetricQuery(Metric.DEPENDENCY_HEALTH, projects("PAY", "CHK"), RequestedPeriod.lastWeeks(2), 3, 10);
        DependencyHealthReport report = (DependencyHealthReport) metricsFor(SignedIn.as("bob", KIRITIMATI)).report(query);
        assertEquals(1, report.now().open());
        assertEquals("PAY-4 was due on 1 November", 1, report.now().atRisk());
        // Created on 19 November (afternoon in UTC, already 20 November on Kiritimati); today is 30 November there.
        assertEquals(Integer.valueOf(10), report.now().medianBlockerAgeDays());
        assertEquals(2, report.weeks().size());
        assertNull("no snapshot was taken", report.weeks().get(0).health());
        assertNull(report.firstSnapshot());
    }
}

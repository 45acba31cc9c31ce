package dev.productops.jira.application.metrics;

import dev.productops.jira.domain.ProjectKey;
import dev.productops.jira.domain.metrics.DependencyHealth;
import dev.productops.jira.domain.metrics.EvidenceCoverage;
import dev.productops.jira.domain.metrics.InsightIntake;
import dev.productops.jira.domain.metrics.ReportingPeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * One metric computed for the current viewer over a period: a value per week (Mondays, in the viewer's calendar),
 * the total, and what the numbers were computed from, so that a number can be checked by hand.
 */
public sealed interface MetricReport {
    Metric metric();

    Scope scope();

    ReportingPeriod period();

    /** The projects counted, and those asked for that the viewer may not see (named back, never explained). */
    record Scope(List<ProjectKey> projects, List<ProjectKey> skipped) {
        public Scope {
            projects = List.copyOf(projects);
            skipped = List.copyOf(skipped);
        }
    }

    /** Resolved issues and how many had customer evidence; the issue keys behind "linked" and "strong", sorted. */
    record EvidenceCoverageReport(Scope scope, ReportingPeriod period, SortedMap<LocalDate, EvidenceCoverage.Counts> byWeek,
                                  EvidenceCoverage.Counts total, double threshold, List<String> linkedIssueKeys,
                                  List<String> strongIssueKeys) implements MetricReport {
        @Override
        public Metric metric() {
            return Metric.EVIDENCE_COVERAGE;
        }
    }

    record InsightIntakeReport(Scope scope, ReportingPeriod period, SortedMap<LocalDate, InsightIntake.Tally> byWeek,
                               InsightIntake.Tally total) implements MetricReport {
        @Override
        public Metric metric() {
            return Metric.INSIGHT_INTAKE;
        }
    }

    /** Health now, and per week as recorded on the week's last snapshot day (none: nothing was recorded that week). */
    record DependencyHealthReport(Scope scope, ReportingPeriod period, List<RecordedWeek> weeks, DependencyHealth now,
                                  int staleAfterDays, LocalDate firstSnapshot) implements MetricReport {
        @Override
        public Metric metric() {
            return Metric.DEPENDENCY_HEALTH;
        }
    }

    /** {@code snapshotDay} and {@code health} are null when no snapshot was taken that week. */
    record RecordedWeek(LocalDate start, LocalDate snapshotDay, DependencyHealth health) {
    }

    record TopEvidenceReport(Scope scope, ReportingPeriod period, List<RankedIssue> issues, int maxResults) implements MetricReport {
        @Override
        public Metric metric() {
            return Metric.TOP_EVIDENCE;
        }
    }

    /** An issue waiting to be planned, ranked by the customer evidence behind it. */
    /** totalArr is the customers' ARR summed in {@code currency}, the base currency. */
    record RankedIssue(String key, String summary, String status, double score, int insights, int customers, long totalArr,
                       String currency) {
    }
}

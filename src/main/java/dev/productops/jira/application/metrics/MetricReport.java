package dev.productops.jira.application.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One metric computed for the current viewer: a value per week, the totals over the period, the inputs of the
 * formula (so a number can be checked by hand), and where to find the issues behind each count.
 *
 * @param drilldown totals key → path, relative to Jira's context path, of a page listing the issues behind it
 */
public record MetricReport(String metric, LocalDate from, LocalDate to, String interval, List<String> projects,
                           List<String> skippedProjects, List<Point> series, Map<String, Object> totals,
                           Map<String, Object> inputs, Map<String, String> drilldown, List<RankedIssue> issues) {

    /** One week: its Monday and its values; {@code values} is null when nothing was recorded that week. */
    public record Point(LocalDate start, Map<String, Object> values, LocalDate snapshotDay) {
    }

    /** An issue waiting to be planned, ranked by the customer evidence behind it. */
    public record RankedIssue(String key, String summary, String status, double score, int insights, int customers) {
    }
}

package dev.productops.jira.application.metrics.port;

import dev.productops.jira.domain.insight.EvidenceScore;
import dev.productops.jira.domain.insight.EvidenceScore.CustomerSupport;
import dev.productops.jira.domain.metrics.InsightIntake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Customer evidence aggregated in the database (GROUP BY), never by loading insights one by one. */
public interface EvidenceFigures {
    /** What supports each of these issues that has at least one insight linked; others are absent. */
    Map<Long, IssueSupport> supportOf(Collection<Long> issueIds);

    /**
     * Every issue with at least one insight linked, whatever its project: links name issues by id only (issues move
     * between projects), so which of them lie in a scope is Jira's to say. Grows with the evidence, not with Jira.
     */
    Set<Long> linkedIssueIds();

    /** Insights captured between the two days (both included), counted by day, source and customer segment. */
    List<InsightIntake.DayCount> intakeBetween(LocalDate from, LocalDate to);

    /** The evidence behind one issue, as the score formula needs it. */
    record IssueSupport(long issueId, int insights, List<CustomerSupport> customers, int anonymousLevels) {
        public IssueSupport {
            customers = List.copyOf(customers);
        }

        public double score(EvidenceScore formula) {
            return formula.of(customers, anonymousLevels);
        }
    }
}

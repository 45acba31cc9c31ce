package dev.productops.jira.domain.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether delivered work was backed by customer evidence. Of the issues resolved in the period:
 * <pre>
 * linked share = issues linked to at least one insight / issues resolved
 * strong share = issues whose evidence score is at least the threshold / issues resolved
 * </pre>
 * counted per week of resolution and over the whole period. A share is absent (not zero) when nothing was
 * resolved: "no delivery" and "delivery without evidence" are different news.
 */
public final class EvidenceCoverage {
    /** An issue resolved on a day. */
    public record Delivered(long issueId, LocalDate resolvedOn) {
    }

    public record Counts(int resolved, int linked, int strong) {
        public Double linkedShare() {
            return share(linked);
        }

        public Double strongShare() {
            return share(strong);
        }

        private Double share(int part) {
            return resolved == 0 ? null : Math.round(part * 1000.0 / resolved) / 1000.0;
        }

        Counts plus(boolean isLinked, boolean isStrong) {
            return new Counts(resolved + 1, linked + (isLinked ? 1 : 0), strong + (isStrong ? 1 : 0));
        }
    }

    private final Map<LocalDate, Counts> byWeek;
    private final Counts total;
    private final List<Long> linkedIssues;
    private final List<Long> strongIssues;

    private EvidenceCoverage(Map<LocalDate, Counts> byWeek, Counts total, List<Long> linkedIssues, List<Long> strongIssues) {
        this.byWeek = byWeek;
        this.total = total;
        this.linkedIssues = linkedIssues;
        this.strongIssues = strongIssues;
    }

    /**
     * @param scores the evidence score of every delivered issue that has at least one insight linked; an issue
     *               missing here has no evidence
     */
    public static EvidenceCoverage of(ReportingPeriod period, Collection<Delivered> delivered, Map<Long, Double> scores,
                                      double threshold) {
        Map<LocalDate, Counts> byWeek = new LinkedHashMap<>();
        period.weeks().forEach(week -> byWeek.put(week, new Counts(0, 0, 0)));
        Counts total = new Counts(0, 0, 0);
        List<Long> linked = new ArrayList<>();
        List<Long> strong = new ArrayList<>();
        for (Delivered issue : delivered) {
            if (!period.contains(issue.resolvedOn())) {
                continue;
            }
            Double score = scores.get(issue.issueId());
            boolean isLinked = score != null;
            boolean isStrong = isLinked && score >= threshold;
            byWeek.merge(ReportingPeriod.weekOf(issue.resolvedOn()), new Counts(0, 0, 0), (a, b) -> a.plus(isLinked, isStrong));
            total = total.plus(isLinked, isStrong);
            if (isLinked) {
                linked.add(issue.issueId());
            }
            if (isStrong) {
                strong.add(issue.issueId());
            }
        }
        return new EvidenceCoverage(byWeek, total, List.copyOf(linked), List.copyOf(strong));
    }

    public Map<LocalDate, Counts> byWeek() {
        return byWeek;
    }

    public Counts total() {
        return total;
    }

    public List<Long> linkedIssues() {
        return linkedIssues;
    }

    public List<Long> strongIssues() {
        return strongIssues;
    }
}

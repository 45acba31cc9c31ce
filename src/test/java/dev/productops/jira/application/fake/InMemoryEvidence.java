package dev.productops.jira.application.fake;

import dev.productops.jira.application.metrics.port.DependencySnapshots;
import dev.productops.jira.application.metrics.port.EvidenceFigures;
import dev.productops.jira.domain.insight.EvidenceScore.CustomerSupport;
import dev.productops.jira.domain.metrics.DependencyHealth;
import dev.productops.jira.domain.metrics.InsightIntake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Customer evidence per issue and the daily dependency snapshots, in memory. */
public final class InMemoryEvidence implements EvidenceFigures, DependencySnapshots {
    private final Map<Long, IssueSupport> support = new HashMap<>();
    private final Map<LocalDate, List<Row>> days = new TreeMap<>();

    /** One customer of 900,000 USD, insights at {@code level}: by the score formula, level × (1 + log10(1 + 9)) = 2 × level. */
    public InMemoryEvidence oneCustomer(long issueId, int insights, int level) {
        support.put(issueId, new IssueSupport(issueId, insights, List.of(new CustomerSupport(7, level, 900_000, "USD", null)), 0));
        return this;
    }

    @Override
    public Map<Long, IssueSupport> supportOf(Collection<Long> issueIds) {
        Map<Long, IssueSupport> found = new HashMap<>();
        issueIds.forEach(id -> {
            if (support.containsKey(id)) {
                found.put(id, support.get(id));
            }
        });
        return found;
    }

    @Override
    public Set<Long> linkedIssueIds() {
        return Set.copyOf(support.keySet());
    }

    @Override
    public List<InsightIntake.DayCount> intakeBetween(LocalDate from, LocalDate to) {
        return List.of();
    }

    @Override
    public void replaceDay(LocalDate day, List<Row> rows) {
        days.put(day, List.copyOf(rows));
    }

    @Override
    public List<LocalDate> daysBetween(LocalDate from, LocalDate to) {
        return days.keySet().stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
    }

    @Override
    public Map<LocalDate, DependencyHealth> healthOn(Collection<LocalDate> wanted, Collection<Long> scopeProjectIds,
                                                    Collection<Long> browsableProjectIds) {
        Map<LocalDate, DependencyHealth> health = new HashMap<>();
        for (LocalDate day : wanted) {
            List<DependencyHealth.OpenDependency> open = new ArrayList<>();
            for (Row row : days.getOrDefault(day, List.of())) {
                if (scopeProjectIds.contains(row.blockerProjectId()) || scopeProjectIds.contains(row.dependentProjectId())) {
                    open.add(new DependencyHealth.OpenDependency(row.blockerId(), row.state(), row.inCycle(), row.stale(),
                            row.blockerAgeDays()));
                }
            }
            health.put(day, DependencyHealth.of(open));
        }
        return health;
    }

    @Override
    public void forgetBefore(LocalDate day) {
        days.keySet().removeIf(d -> d.isBefore(day));
    }
}

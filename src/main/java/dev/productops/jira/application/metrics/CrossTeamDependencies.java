package dev.productops.jira.application.metrics;

import dev.productops.jira.application.dependency.ScopeAnalysis;
import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.metrics.port.DependencySnapshots;
import dev.productops.jira.domain.dependency.ReasonCode;
import dev.productops.jira.domain.dependency.RiskAssessment;
import dev.productops.jira.domain.metrics.DependencyHealth;
import dev.productops.jira.domain.metrics.DependencyHealth.OpenDependency;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The open dependencies between issues of different projects, as the risk engine judged them on a day. */
final class CrossTeamDependencies {
    private CrossTeamDependencies() {
    }

    static List<DependencySnapshots.Row> rows(ScopeAnalysis scope, LocalDate today, ZoneId zone) {
        List<DependencySnapshots.Row> rows = new ArrayList<>();
        for (int d = 0; d < scope.links().size(); d++) {
            BoardLink link = scope.links().get(d);
            BoardIssue blocker = scope.issuesById().get(link.blockerId());
            BoardIssue dependent = scope.issuesById().get(link.dependentId());
            RiskAssessment assessment = scope.analysis().assessment(d);
            if (blocker == null || dependent == null || blocker.projectId() == dependent.projectId()
                    || !assessment.state().isOpen()) {
                continue;
            }
            boolean inCycle = assessment.has(ReasonCode.IN_CYCLE);
            // The component's number names the cycle: the issue view tells a cycle only to those who may see all of it.
            Long cycleId = inCycle ? (long) scope.analysis().components().componentOf(scope.analysis().dependencies().blocker(d)) : null;
            rows.add(new DependencySnapshots.Row(link.linkId(), blocker.id(), blocker.projectId(), dependent.projectId(),
                    assessment.state(), inCycle, assessment.has(ReasonCode.BLOCKER_STALE),
                    ageInDays(blocker, today, zone), cycleId));
        }
        return rows;
    }

    static DependencyHealth health(ScopeAnalysis scope, LocalDate today, ZoneId zone) {
        List<OpenDependency> open = new ArrayList<>();
        for (DependencySnapshots.Row row : rows(scope, today, zone)) {
            open.add(new OpenDependency(row.blockerId(), row.state(), row.inCycle(), row.stale(), row.blockerAgeDays()));
        }
        return DependencyHealth.of(open);
    }

    private static int ageInDays(BoardIssue blocker, LocalDate today, ZoneId zone) {
        if (blocker.created() == null) {
            return 0;
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(blocker.created().atZone(zone).toLocalDate(), today));
    }
}

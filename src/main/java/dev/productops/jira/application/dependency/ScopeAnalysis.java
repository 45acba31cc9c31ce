package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardSnapshot;
import dev.productops.jira.application.dependency.port.BoardVersion;
import dev.productops.jira.application.dependency.port.DependencyAttributes;
import dev.productops.jira.domain.dependency.AgreementState;
import dev.productops.jira.domain.dependency.Dependencies;
import dev.productops.jira.domain.dependency.DependencyAnalysis;
import dev.productops.jira.domain.dependency.Issue;
import dev.productops.jira.domain.dependency.IssueFacts;
import dev.productops.jira.domain.dependency.IssueIndex;
import dev.productops.jira.domain.dependency.PlannedWindow;
import dev.productops.jira.domain.dependency.RiskSettings;
import dev.productops.jira.domain.dependency.StatusCategory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The risk engine run over what Jira holds for a set of projects: the board, the dependency-health metric and
 * the daily snapshot all read dependencies the same way, so they agree on every state. Dependency {@code d} of
 * the analysis is link {@code d} of the snapshot.
 */
public final class ScopeAnalysis {
    private final DependencyAnalysis analysis;
    private final Map<Long, BoardIssue> issuesById;
    private final List<BoardLink> links;

    private ScopeAnalysis(DependencyAnalysis analysis, Map<Long, BoardIssue> issuesById, List<BoardLink> links) {
        this.analysis = analysis;
        this.issuesById = issuesById;
        this.links = links;
    }

    /**
     * @param today the day as the person (or job) the analysis is for sees it
     * @param zone  their time zone: an issue updated at 23:30 in their evening was updated that day, whatever UTC says
     */
    public static ScopeAnalysis of(List<BoardProject> projects, BoardSnapshot snapshot, Map<Long, DependencyAttributes> agreed,
                                   LocalDate today, ZoneId zone) {
        IssueIndex index = new IssueIndex(snapshot.issues().size());
        Map<Long, BoardIssue> byId = new HashMap<>();
        IssueFacts facts = new IssueFacts(snapshot.issues().size());
        List<BoardProject> all = new java.util.ArrayList<>(projects);
        all.addAll(snapshot.otherProjects());
        Map<Long, PlannedWindow> windows = windows(all);
        Set<Long> planningProjects = new HashSet<>();
        Set<Long> knownProjects = new HashSet<>();
        all.forEach(p -> knownProjects.add(p.id()));
        all.stream().filter(p -> !p.versions().isEmpty()).forEach(p -> planningProjects.add(p.id()));
        // Issues are analysed in id order, whatever order Jira returned them in: where two chains are equally long, the
        // critical path is then the same on every read of the same issues.
        List<BoardIssue> inIdOrder = new java.util.ArrayList<>(snapshot.issues());
        inIdOrder.sort(java.util.Comparator.comparingLong(BoardIssue::id));
        for (BoardIssue issue : inIdOrder) {
            byId.put(issue.id(), issue);
            facts.set(index.add(issue.id()), facts(issue, windows, planningProjects, knownProjects, zone));
        }
        Dependencies dependencies = new Dependencies(snapshot.links().size());
        for (BoardLink link : snapshot.links()) {
            DependencyAttributes a = agreed.get(link.linkId());
            dependencies.add(link.linkId(), index.nodeOf(link.blockerId()), index.nodeOf(link.dependentId()),
                    a == null ? null : a.neededBy(),
                    a == null || a.state() == null ? null : AgreementState.ofId(a.state()).orElse(null));
        }
        DependencyAnalysis analysis = DependencyAnalysis.of(facts, dependencies,
                RiskSettings.on(today).staleAfter(RiskSettings.DEFAULT_STALE_AFTER_DAYS));
        return new ScopeAnalysis(analysis, byId, snapshot.links());
    }

    public DependencyAnalysis analysis() {
        return analysis;
    }

    public Map<Long, BoardIssue> issuesById() {
        return issuesById;
    }

    public List<BoardLink> links() {
        return links;
    }

    private static Map<Long, PlannedWindow> windows(List<BoardProject> projects) {
        Map<Long, PlannedWindow> windows = new HashMap<>();
        for (BoardProject project : projects) {
            List<BoardVersion> versions = project.versions();
            for (int i = 0; i < versions.size(); i++) {
                BoardVersion v = versions.get(i);
                windows.put(v.id(), new PlannedWindow(v.name(), project.id(), i, v.start(), v.release()));
            }
        }
        return windows;
    }

    private static Issue facts(BoardIssue issue, Map<Long, PlannedWindow> windows, Set<Long> planningProjects, Set<Long> knownProjects,
                               ZoneId zone) {
        StatusCategory status = switch (issue.statusCategory()) {
            case BoardIssue.DONE -> StatusCategory.DONE;
            case BoardIssue.IN_PROGRESS -> StatusCategory.IN_PROGRESS;
            default -> StatusCategory.TO_DO;
        };
        PlannedWindow planned = issue.versionId() == null ? null : windows.get(issue.versionId());
        // A project whose versions were not read (the snapshot job's ends) is not called unplanned.
        boolean projectPlans = !knownProjects.contains(issue.projectId()) || planningProjects.contains(issue.projectId());
        return new Issue(issue.key(), status, issue.assignee() != null,
                issue.updated() == null ? null : issue.updated().atZone(zone).toLocalDate(),
                issue.dueDate(), planned, projectPlans);
    }
}

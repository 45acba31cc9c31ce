package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.BoardView.Card;
import dev.productops.jira.application.dependency.BoardView.DependencyView;
import dev.productops.jira.application.dependency.BoardView.Lane;
import dev.productops.jira.application.dependency.BoardView.Reason;
import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardSnapshot;
import dev.productops.jira.application.dependency.port.DependencyAttributes;
import dev.productops.jira.application.dependency.port.DependencyAttributesStore;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.problem.InvalidQuery;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.application.query.QueryParameters;
import dev.productops.jira.domain.dependency.Dependencies;
import dev.productops.jira.domain.dependency.DependencyAnalysis;
import dev.productops.jira.domain.dependency.RiskAssessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the cross-project dependency board for the current viewer: reads the chosen teams' issues and
 * links from Jira in bulk, runs the risk analysis once over the whole scope, and lays the dependent issues
 * out team × sprint (or month) with every dependency's state and reasons.
 */
public class DependencyBoard {
    public static final int MAX_PROJECTS = QueryParameters.MAX_PROJECTS;
    /** Worst first: what a program manager must look at before planning. */
    static final List<String> SEVERITY = List.of("conflict", "blocked", "at-risk", "declined", "ok", "done");

    private final DependencySource source;
    private final DependencyLinkRules rules;
    private final DependencyAttributesStore attributes;
    private final CurrentViewer viewers;
    private final Clock clock;

    public DependencyBoard(DependencySource source, DependencyLinkRules rules, DependencyAttributesStore attributes,
                           CurrentViewer viewers, Clock clock) {
        this.source = source;
        this.rules = rules;
        this.attributes = attributes;
        this.viewers = viewers;
        this.clock = clock;
    }

    public BoardView board(String projectKeys, String columns, String from, String to) {
        viewers.require();
        BoardColumns.Mode mode = BoardColumns.Mode.of(columns)
                .orElseThrow(() -> new InvalidQuery("The 'columns' parameter must be sprint, version or month."));
        LocalDate fromDay = QueryParameters.day("from", from);
        LocalDate toDay = QueryParameters.day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new InvalidQuery("The 'to' date must not be before the 'from' date.");
        }
        List<BoardProject> projects = projects(projectKeys);
        BoardSnapshot snapshot = source.load(projects, rules.current());
        return layOut(projects, snapshot, new BoardColumns(mode, projects, snapshot.issues(), fromDay, toDay));
    }

    private List<BoardProject> projects(String projectKeys) {
        List<String> keys = QueryParameters.projectKeys(projectKeys);
        if (keys.isEmpty()) {
            throw new InvalidQuery("Choose at least one project: projects=KEY,KEY.");
        }
        List<BoardProject> projects = new ArrayList<>();
        for (String key : keys) {
            projects.add(source.visibleProject(key).orElseThrow(() ->
                    new NotFound("The project '" + key + "' does not exist or you do not have permission to see it.")));
        }
        return projects;
    }

    private BoardView layOut(List<BoardProject> projects, BoardSnapshot snapshot, BoardColumns columns) {
        Map<Long, DependencyAttributes> agreed = attributes.forLinks(snapshot.links().stream().map(BoardLink::linkId).toList());
        ScopeAnalysis scope = ScopeAnalysis.of(projects, snapshot, agreed, today());
        DependencyAnalysis analysis = scope.analysis();
        Dependencies dependencies = analysis.dependencies();
        Map<Long, BoardIssue> byId = scope.issuesById();

        Map<Long, Card> cards = new LinkedHashMap<>();
        List<DependencyView> views = new ArrayList<>();
        Map<String, String> ownerNames = new HashMap<>();
        for (int d = 0; d < dependencies.count(); d++) {
            BoardIssue blocker = byId.get(snapshot.links().get(d).blockerId());
            BoardIssue dependent = byId.get(snapshot.links().get(d).dependentId());
            Optional<Card> from = card(blocker, columns, cards);
            Optional<Card> to = card(dependent, columns, cards);
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            BoardLink link = snapshot.links().get(d);
            DependencyAttributes a = agreed.get(link.linkId());
            RiskAssessment assessment = analysis.assessment(d);
            String owner = a == null || a.ownerKey() == null ? null : ownerNames.computeIfAbsent(a.ownerKey(), viewers::displayName);
            views.add(new DependencyView(link.linkId(), blocker.key(), dependent.key(), link.type(), assessment.state().id(),
                    assessment.reasons().stream().map(r -> new Reason(r.code().name(), r.text())).toList(),
                    a == null ? null : a.neededBy(), owner, a == null ? null : a.state(),
                    !blocker.inScope() || !dependent.inScope()));
        }
        views.sort(Comparator.comparingInt((DependencyView v) -> SEVERITY.indexOf(v.state())).thenComparing(DependencyView::from)
                .thenComparing(DependencyView::to));
        return new BoardView(lanes(projects, cards.values(), views), columns.columns(), new ArrayList<>(cards.values()), views,
                analysis.cycleKeys(), chain(analysis.criticalPathKeys()), totals(views));
    }

    /** The card of an issue, created on first use; empty when its column is outside the chosen dates. */
    private static Optional<Card> card(BoardIssue issue, BoardColumns columns, Map<Long, Card> cards) {
        Card existing = cards.get(issue.id());
        if (existing != null) {
            return Optional.of(existing);
        }
        Optional<String> column = issue.inScope() ? columns.columnOf(issue) : Optional.of(BoardColumns.UNSCHEDULED);
        column.ifPresent(c -> cards.put(issue.id(), new Card(issue.key(), issue.summary(), issue.status(), issue.statusCategory(),
                issue.assignee(), issue.dueDate(), issue.projectKey(), c, !issue.inScope())));
        return Optional.ofNullable(cards.get(issue.id()));
    }

    private static List<Lane> lanes(List<BoardProject> projects, java.util.Collection<Card> cards, List<DependencyView> views) {
        Map<String, String> laneOfIssue = new HashMap<>();
        cards.forEach(c -> laneOfIssue.put(c.issueKey(), c.lane()));
        List<Lane> lanes = new ArrayList<>();
        for (BoardProject project : projects) {
            int count = (int) cards.stream().filter(c -> c.lane().equals(project.key())).count();
            int problems = (int) views.stream().filter(v -> isProblem(v.state()))
                    .filter(v -> project.key().equals(laneOfIssue.get(v.from())) || project.key().equals(laneOfIssue.get(v.to())))
                    .count();
            lanes.add(new Lane(project.key(), project.name(), count, problems));
        }
        return lanes;
    }

    /** A single issue is no chain of dependencies: nothing to show as a critical path. */
    private static List<String> chain(List<String> criticalPath) {
        return criticalPath.size() < 2 ? List.of() : criticalPath;
    }

    static boolean isProblem(String state) {
        return state.equals("conflict") || state.equals("blocked") || state.equals("at-risk");
    }

    private static Map<String, Integer> totals(List<DependencyView> views) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        SEVERITY.forEach(state -> totals.put(state, 0));
        views.forEach(v -> totals.merge(v.state(), 1, Integer::sum));
        return totals;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}

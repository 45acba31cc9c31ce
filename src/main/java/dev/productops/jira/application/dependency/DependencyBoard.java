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
import dev.productops.jira.application.port.TimeZones;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.ProjectKey;
import dev.productops.jira.domain.dependency.Dependencies;
import dev.productops.jira.domain.dependency.DependencyAnalysis;
import dev.productops.jira.domain.dependency.RiskAssessment;
import dev.productops.jira.domain.dependency.RiskState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private final DependencySource source;
    private final DependencyLinkRules rules;
    private final DependencyAttributesStore attributes;
    private final CurrentViewer viewers;
    private final TimeZones zones;
    private final Clock clock;

    public DependencyBoard(DependencySource source, DependencyLinkRules rules, DependencyAttributesStore attributes,
                           CurrentViewer viewers, TimeZones zones, Clock clock) {
        this.source = source;
        this.rules = rules;
        this.attributes = attributes;
        this.viewers = viewers;
        this.zones = zones;
        this.clock = clock;
    }

    public BoardView board(BoardQuery query) {
        viewers.require();
        List<String> leftOut = new ArrayList<>();
        List<BoardProject> projects = projects(query, leftOut);
        CycleWalk.Closed closed = CycleWalk.close(source.load(projects, rules.current()), source, attributes, rules.current());
        BoardSnapshot snapshot = closed.snapshot();
        return layOut(projects, snapshot, closed.agreed(), new BoardColumns(query.layout(), projects, snapshot.otherProjects(),
                snapshot.issues(), query.from(), query.to()), query.filter(), leftOut);
    }

    /**
     * The chosen projects the viewer may see. A shared board names projects some viewers cannot see: they get the
     * rest, and the keys left out, as the gadget does. Only when none is left is it an error. Unknown and hidden keys
     * are treated alike, so the answer does not tell which projects exist.
     */
    private List<BoardProject> projects(BoardQuery query, List<String> leftOut) {
        List<BoardProject> projects = new ArrayList<>();
        for (ProjectKey key : query.projects().keys()) {
            source.visibleProject(key.value()).ifPresentOrElse(projects::add, () -> leftOut.add(key.value()));
        }
        if (projects.isEmpty()) {
            throw new NotFound(leftOut.size() == 1
                    ? "The project '" + leftOut.get(0) + "' does not exist or you do not have permission to see it."
                    : "None of the projects " + String.join(", ", leftOut) + " exists, or you do not have permission to see them.");
        }
        return projects;
    }

    private BoardView layOut(List<BoardProject> projects, BoardSnapshot snapshot, Map<Long, DependencyAttributes> agreed,
                             BoardColumns columns, BoardFilter filter, List<String> leftOut) {
        ZoneId zone = zones.viewerZone();
        ScopeAnalysis scope = ScopeAnalysis.of(projects, snapshot, agreed, LocalDate.now(clock.withZone(zone)), zone);
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
            views.add(new DependencyView(link.linkId(), blocker.key(), dependent.key(), link.type(), assessment.state(),
                    assessment.reasons().stream().map(r -> new Reason(r.code().name(), r.text(), r.parameters())).toList(),
                    a == null ? null : a.neededBy(), owner, a == null ? null : a.state(),
                    !blocker.inScope() || !dependent.inScope()));
        }
        views.sort(Comparator.comparingInt((DependencyView v) -> RiskState.WORST_FIRST.indexOf(v.state())).thenComparing(DependencyView::from)
                .thenComparing(DependencyView::to));
        Map<String, String> teamOf = new HashMap<>();
        cards.values().forEach(c -> teamOf.put(c.issueKey(), c.lane()));
        List<DependencyView> chipBase = views.stream()
                .filter(v -> filter.matchesAllButState(v.state(), teamOf.get(v.from()), teamOf.get(v.to()), codes(v))).toList();
        List<DependencyView> matching = chipBase.stream()
                .filter(v -> filter.matches(v.state(), teamOf.get(v.from()), teamOf.get(v.to()), codes(v))).toList();
        java.util.Set<String> ends = new java.util.HashSet<>();
        matching.forEach(v -> {
            ends.add(v.from());
            ends.add(v.to());
        });
        List<Card> matchingCards = cards.values().stream().filter(c -> ends.contains(c.issueKey())).toList();
        List<Lane> lanes = lanes(projects, matchingCards, matching);
        List<DependencyView> sent = matching;
        List<Card> sentCards = matchingCards;
        if (!filter.withQuiet() && matching.size() > QUIET_SENT_UP_TO) {
            // A large board opens on what needs attention: ok and done dependencies (most of them, on real data)
            // are counted, and sent when asked for. Their cards go too unless a sent dependency needs them.
            // Worst first, at most FIRST_ANSWER_MAX: the page draws 300 arrows and lists the worst problems; the rest
            // come with "+N more" (all=1).
            sent = matching.stream().filter(v -> v.state() != RiskState.OK && v.state() != RiskState.DONE)
                    .limit(FIRST_ANSWER_MAX).toList();
            java.util.Set<String> sentEnds = new java.util.HashSet<>();
            sent.forEach(v -> {
                sentEnds.add(v.from());
                sentEnds.add(v.to());
            });
            chain(analysis.criticalPathKeys()).forEach(sentEnds::add);
            sentCards = matchingCards.stream().filter(c -> sentEnds.contains(c.issueKey())).toList();
        }
        return new BoardView(lanes, columns.columns(), sentCards, sent,
                analysis.cycleKeys(), chain(analysis.criticalPathKeys()), totals(chipBase), matching.size(), views.size(),
                List.copyOf(leftOut), matching.size() - sent.size());
    }

    /** Up to this many matching dependencies, all are sent: the page bundles them itself (its BUNDLE_ABOVE). */
    static final int QUIET_SENT_UP_TO = 40;
    /**
     * Dependencies in a large board's first answer: measured, 85,000 problem dependencies of a 50,000-issue board
     * made 60 MB; 2,000 keep the first answer near 1.5 MB.
     */
    static final int FIRST_ANSWER_MAX = 2000;

    /** The card of an issue, created on first use; empty when its column is outside the chosen dates. */
    private static Optional<Card> card(BoardIssue issue, BoardColumns columns, Map<Long, Card> cards) {
        Card existing = cards.get(issue.id());
        if (existing != null) {
            return Optional.of(existing);
        }
        // Other teams' issues sit where their own plan puts them; outside the chosen dates they still show, as
        // unscheduled, because an arrow needs both ends.
        Optional<String> column = issue.inScope() ? columns.columnOf(issue)
                : Optional.of(columns.columnOf(issue).orElse(BoardColumns.UNSCHEDULED));
        column.ifPresent(c -> cards.put(issue.id(), new Card(issue.key(), issue.summary(), issue.status(), issue.statusCategory(),
                issue.assignee(), issue.dueDate(), issue.projectKey(), c, !issue.inScope(), columns.nameOf(c))));
        return Optional.ofNullable(cards.get(issue.id()));
    }

    private static List<Lane> lanes(List<BoardProject> projects, java.util.Collection<Card> cards, List<DependencyView> views) {
        Map<String, String> laneOfIssue = new HashMap<>();
        cards.forEach(c -> laneOfIssue.put(c.issueKey(), c.lane()));
        List<Lane> lanes = new ArrayList<>();
        for (BoardProject project : projects) {
            int count = (int) cards.stream().filter(c -> c.lane().equals(project.key())).count();
            int problems = (int) views.stream().filter(v -> v.state().isProblem())
                    .filter(v -> project.key().equals(laneOfIssue.get(v.from())) || project.key().equals(laneOfIssue.get(v.to())))
                    .count();
            lanes.add(new Lane(project.key(), project.name(), count, problems));
        }
        return lanes;
    }

    private static List<String> codes(DependencyView view) {
        return view.reasons().stream().map(Reason::code).toList();
    }

    /** A single issue is no chain of dependencies: nothing to show as a critical path. */
    private static List<String> chain(List<String> criticalPath) {
        return criticalPath.size() < 2 ? List.of() : criticalPath;
    }

    private static Map<RiskState, Integer> totals(List<DependencyView> views) {
        Map<RiskState, Integer> totals = new LinkedHashMap<>();
        RiskState.WORST_FIRST.forEach(state -> totals.put(state, 0));
        views.forEach(v -> totals.merge(v.state(), 1, Integer::sum));
        return totals;
    }

}

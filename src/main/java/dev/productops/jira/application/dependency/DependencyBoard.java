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
        List<Placed> placed = new ArrayList<>();
        for (int d = 0; d < dependencies.count(); d++) {
            BoardLink link = snapshot.links().get(d);
            BoardIssue blocker = byId.get(link.blockerId());
            BoardIssue dependent = byId.get(link.dependentId());
            Optional<Card> from = card(blocker, columns, cards);
            Optional<Card> to = card(dependent, columns, cards);
            if (from.isPresent() && to.isPresent()) {
                placed.add(new Placed(d, link, blocker, dependent, analysis.state(d)));
            }
        }
        placed.sort(WORST_FIRST);
        Map<String, String> teamOf = new HashMap<>();
        cards.values().forEach(c -> teamOf.put(c.issueKey(), c.lane()));
        // Chips, counts and filters need only the state (and the reason codes when a reason is filtered on); reasons in
        // words, owners and dates are made for the dependencies sent. On a board of 68,000 issues making them for all
        // 140,000 dependencies, and listing the codes twice, was a fifth of the request.
        List<Placed> chipBase = new ArrayList<>();
        List<Placed> matching = new ArrayList<>();
        for (Placed p : placed) {
            String fromTeam = teamOf.get(p.from());
            String toTeam = teamOf.get(p.to());
            List<String> reasonCodes = filter.reason() == null ? List.of()
                    : analysis.reasons(p.index()).stream().map(r -> r.code().name()).toList();
            if (filter.matchesAllButState(p.state(), fromTeam, toTeam, reasonCodes)) {
                chipBase.add(p);
                if (filter.matches(p.state(), fromTeam, toTeam, reasonCodes)) {
                    matching.add(p);
                }
            }
        }
        java.util.Set<String> ends = new java.util.HashSet<>();
        matching.forEach(p -> {
            ends.add(p.from());
            ends.add(p.to());
        });
        List<Card> matchingCards = cards.values().stream().filter(c -> ends.contains(c.issueKey())).toList();
        List<Lane> lanes = lanes(projects, matchingCards, matching);
        List<Placed> sent = matching;
        List<Card> sentCards = matchingCards;
        if (!filter.withQuiet() && matching.size() > QUIET_SENT_UP_TO) {
            // A large board opens on what needs attention: ok and done dependencies (most of them, on real data)
            // are counted, and sent when asked for. Their cards go too unless a sent dependency needs them.
            // Worst first, at most FIRST_ANSWER_MAX: the page draws 300 arrows and lists the worst problems; the rest
            // come with "+N more" (all=1).
            sent = matching.stream().filter(p -> p.state() != RiskState.OK && p.state() != RiskState.DONE)
                    .limit(FIRST_ANSWER_MAX).toList();
            java.util.Set<String> sentEnds = new java.util.HashSet<>();
            sent.forEach(p -> {
                sentEnds.add(p.from());
                sentEnds.add(p.to());
            });
            chain(analysis.criticalPathKeys()).forEach(sentEnds::add);
            sentCards = matchingCards.stream().filter(c -> sentEnds.contains(c.issueKey())).toList();
        }
        Map<String, String> ownerNames = new HashMap<>();
        List<DependencyView> views = new ArrayList<>(sent.size());
        for (Placed p : sent) {
            DependencyAttributes a = agreed.get(p.link().linkId());
            String owner = a == null || a.ownerKey() == null ? null : ownerNames.computeIfAbsent(a.ownerKey(), viewers::displayName);
            views.add(new DependencyView(p.link().linkId(), p.from(), p.to(), p.link().type(), p.state(),
                    analysis.reasons(p.index()).stream().map(r -> new Reason(r.code().name(), r.text(), r.parameters())).toList(),
                    a == null ? null : a.neededBy(), owner, a == null ? null : a.state(),
                    !p.blocker().inScope() || !p.dependent().inScope()));
        }
        return new BoardView(lanes, columns.columns(), sentCards, views,
                analysis.cycleKeys(), chain(analysis.criticalPathKeys()), totals(chipBase), matching.size(), placed.size(),
                List.copyOf(leftOut), matching.size() - sent.size());
    }

    /** A dependency with both ends on the board, before it is put into words: what sorting, filters and counts need. */
    private record Placed(int index, BoardLink link, BoardIssue blocker, BoardIssue dependent, RiskState state) {
        String from() {
            return blocker.key();
        }

        String to() {
            return dependent.key();
        }
    }

    private static final int[] STATE_RANK = new int[RiskState.values().length];

    static {
        for (RiskState state : RiskState.values()) {
            STATE_RANK[state.ordinal()] = RiskState.WORST_FIRST.indexOf(state);
        }
    }

    /** Worst state first, then by the keys of blocker and dependent. */
    private static final Comparator<Placed> WORST_FIRST = Comparator
            .comparingInt((Placed p) -> STATE_RANK[p.state().ordinal()])
            .thenComparing(Placed::from).thenComparing(Placed::to);

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

    /** Cards and problems per lane, counted in one pass over each (a stream per project was a tenth of a large board). */
    private static List<Lane> lanes(List<BoardProject> projects, java.util.Collection<Card> cards, List<Placed> views) {
        Map<String, String> laneOfIssue = new HashMap<>();
        Map<String, Integer> cardsPerLane = new HashMap<>();
        for (Card c : cards) {
            laneOfIssue.put(c.issueKey(), c.lane());
            cardsPerLane.merge(c.lane(), 1, Integer::sum);
        }
        Map<String, Integer> problemsPerLane = new HashMap<>();
        for (Placed v : views) {
            if (v.state().isProblem()) {
                String from = laneOfIssue.get(v.from());
                String to = laneOfIssue.get(v.to());
                if (from != null) {
                    problemsPerLane.merge(from, 1, Integer::sum);
                }
                if (to != null && !to.equals(from)) {
                    problemsPerLane.merge(to, 1, Integer::sum);
                }
            }
        }
        List<Lane> lanes = new ArrayList<>();
        for (BoardProject project : projects) {
            lanes.add(new Lane(project.key(), project.name(), cardsPerLane.getOrDefault(project.key(), 0),
                    problemsPerLane.getOrDefault(project.key(), 0)));
        }
        return lanes;
    }

    /** A single issue is no chain of dependencies: nothing to show as a critical path. */
    private static List<String> chain(List<String> criticalPath) {
        return criticalPath.size() < 2 ? List.of() : criticalPath;
    }

    private static Map<RiskState, Integer> totals(List<Placed> views) {
        Map<RiskState, Integer> totals = new LinkedHashMap<>();
        RiskState.WORST_FIRST.forEach(state -> totals.put(state, 0));
        views.forEach(v -> totals.merge(v.state(), 1, Integer::sum));
        return totals;
    }

}

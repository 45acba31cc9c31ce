package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.BoardView.Reason;
import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardSnapshot;
import dev.productops.jira.application.dependency.port.DependencyAttributesStore;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.dependency.port.RecordedCycles;
import dev.productops.jira.application.metrics.port.DeliveredWork;
import dev.productops.jira.application.port.TimeZones;
import dev.productops.jira.domain.dependency.DependencyAnalysis;
import dev.productops.jira.domain.dependency.RiskReason;
import dev.productops.jira.domain.dependency.RiskState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is wrong with one issue's dependencies, for the issue view: each direct dependency judged by the board's
 * rules ({@link ScopeAnalysis}) from one read of the issue's links, and the cycles it is in as the daily snapshot
 * recorded them (a cycle cannot be seen from one issue's links, and finding it live would walk Jira issue by issue).
 */
public class IssueDependencies {
    private final DependencySource source;
    private final DependencyLinkRules rules;
    private final DependencyAttributesStore attributes;
    private final RecordedCycles cycles;
    private final DeliveredWork projects;
    private final TimeZones zones;
    private final Clock clock;

    public IssueDependencies(DependencySource source, DependencyLinkRules rules, DependencyAttributesStore attributes,
                             RecordedCycles cycles, DeliveredWork projects, TimeZones zones, Clock clock) {
        this.source = source;
        this.rules = rules;
        this.attributes = attributes;
        this.cycles = cycles;
        this.projects = projects;
        this.zones = zones;
        this.clock = clock;
    }

    /** A dependency of the issue with a problem: the issue at the other end, which way it goes, and the strongest reason. */
    public record Problem(RiskState state, String otherKey, boolean otherIsBlocker, Reason reason) {
    }

    /** A recorded cycle through the issue: its size, the day of the snapshot, and the issue's neighbours on it. */
    public record Cycle(LocalDate asOf, int issues, List<String> neighbours) {
        public Cycle {
            neighbours = List.copyOf(neighbours);
        }
    }

    /**
     * {@code settled}: the dependencies with nothing wrong (on track, done or declined). {@code teams}: the issue's
     * project first, then the projects at the other ends, for a board focused on the issue.
     */
    public record Report(String issueKey, List<Cycle> cycles, List<Problem> problems, int settled, List<String> teams) {
        public Report {
            cycles = List.copyOf(cycles);
            problems = List.copyOf(problems);
            teams = List.copyOf(teams);
        }
    }

    /**
     * The report for an issue the viewer may browse; empty when it has no dependency they may see (links to issues
     * they cannot browse are left out, as on the board) or is not theirs to see. Jira's permissions decide, for an
     * anonymous viewer too.
     */
    public Optional<Report> of(long issueId) {
        BoardSnapshot links = source.around(List.of(issueId), Set.of(), rules.current());
        BoardIssue self = links.issues().stream().filter(i -> i.id() == issueId).findFirst().orElse(null);
        if (self == null || links.links().isEmpty()) {
            return Optional.empty();
        }
        List<Long> linkIds = links.links().stream().map(BoardLink::linkId).toList();
        ZoneId zone = zones.viewerZone();
        ScopeAnalysis scope = ScopeAnalysis.of(List.of(), links, attributes.forLinks(linkIds), LocalDate.now(clock.withZone(zone)), zone);
        DependencyAnalysis analysis = scope.analysis();
        Map<Long, BoardIssue> byId = scope.issuesById();

        List<Cycle> inCycles = new ArrayList<>();
        Set<Long> onCycles = new HashSet<>();
        Optional<RecordedCycles.Recorded> recorded = cycles.latestThrough(linkIds);
        if (recorded.isPresent() && !recorded.get().cycles().isEmpty()) {
            Set<Long> browsable = projects.browsableProjectIds();
            for (RecordedCycles.Cycle cycle : recorded.get().cycles()) {
                // A cycle through an issue the viewer cannot browse (its project, or its issue security) is not told: its
                // length and its existence would reveal that issue. Issues are asked about only for cycles that pass the
                // project check, and only when there is a cycle, which is rare.
                if (browsable.containsAll(cycle.projectIds()) && source.visibleIssueIds(cycle.issueIds()).containsAll(cycle.issueIds())) {
                    List<String> neighbours = new ArrayList<>();
                    for (BoardLink link : links.links()) {
                        if (cycle.throughLinks().contains(link.linkId())) {
                            onCycles.add(link.linkId());
                            neighbours.add(byId.get(other(link, issueId)).key());
                        }
                    }
                    inCycles.add(new Cycle(recorded.get().day(), cycle.issues(), neighbours.stream().distinct().sorted().toList()));
                }
            }
        }

        List<Problem> problems = new ArrayList<>();
        int settled = 0;
        Set<String> teams = new LinkedHashSet<>();
        teams.add(self.projectKey());
        for (int d = 0; d < links.links().size(); d++) {
            BoardLink link = links.links().get(d);
            BoardIssue other = byId.get(other(link, issueId));
            teams.add(other.projectKey());
            RiskState state = analysis.state(d);
            if (state.isProblem()) {
                RiskReason strongest = analysis.reasons(d).stream().filter(r -> r.code().implies() == state).findFirst()
                        .orElse(analysis.reasons(d).get(0));
                problems.add(new Problem(state, other.key(), link.blockerId() == other.id(),
                        new Reason(strongest.code().name(), strongest.text(), strongest.parameters())));
            } else if (!onCycles.contains(link.linkId())) {
                settled++;
            }
        }
        problems.sort(Comparator.comparingInt((Problem p) -> RiskState.WORST_FIRST.indexOf(p.state())).thenComparing(Problem::otherKey));
        inCycles.sort(Comparator.comparing((Cycle c) -> c.neighbours().get(0)));
        return Optional.of(new Report(self.key(), inCycles, problems, settled, new ArrayList<>(teams)));
    }

    private static long other(BoardLink link, long issueId) {
        return link.blockerId() == issueId ? link.dependentId() : link.blockerId();
    }
}

package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardSnapshot;
import dev.productops.jira.application.dependency.port.DependencyAttributes;
import dev.productops.jira.application.dependency.port.DependencyAttributesStore;
import dev.productops.jira.application.dependency.port.DependencyLinkRule;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.domain.dependency.AgreementState;
import dev.productops.jira.domain.dependency.DependencyGraph;
import dev.productops.jira.domain.dependency.IssueIndex;
import dev.productops.jira.domain.dependency.StronglyConnected;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cycles a board's issues are in when the rest of the cycle belongs to other teams: a team's own board
 * must show its deadlock (PAY-7 → CHK-12 → PLAT-5 → PAY-7 on PAY's board), although CHK-12 → PLAT-5 touches no PAY
 * issue. It walks forward (blocker to dependent) from the other teams' issues that wait for the board, reading only
 * the links of the issues it reaches, and keeps what closes a cycle through the board.
 *
 * <p>The walk is bounded, so its cost follows the board, not the instance: at most {@link #MAX_STEPS} steps beyond
 * the board's own links (a cycle with up to {@code MAX_STEPS + 1} consecutive issues of other teams is found) and at
 * most {@link #MAX_ISSUES} issues read beyond the board. A longer cycle through other teams is not reported.
 * Declined dependencies and those whose blocker is done are no edges (nobody waits on them).
 */
final class CycleWalk {
    static final int MAX_STEPS = 4;
    static final int MAX_ISSUES = 2000;

    private CycleWalk() {
    }

    /**
     * The board with the cycles closed, and the planning attributes of its links: the walk needs them to know which
     * links are declined, and the board shows them, so they are read once.
     */
    record Closed(BoardSnapshot snapshot, Map<Long, DependencyAttributes> agreed) {
    }

    static Closed close(BoardSnapshot board, DependencySource source, DependencyAttributesStore attributes,
                               List<DependencyLinkRule> rules) {
        Map<Long, BoardIssue> issues = new LinkedHashMap<>();
        board.issues().forEach(i -> issues.put(i.id(), i));
        Map<Long, BoardLink> links = new LinkedHashMap<>();
        board.links().forEach(l -> links.put(l.linkId(), l));
        Map<Long, BoardProject> projects = new LinkedHashMap<>();
        board.otherProjects().forEach(p -> projects.put(p.id(), p));
        Map<Long, DependencyAttributes> agreed = new HashMap<>(attributes.forLinks(links.keySet()));

        Set<Long> frontier = new HashSet<>();
        for (BoardLink link : board.links()) {
            BoardIssue dependent = issues.get(link.dependentId());
            if (binds(link, issues, agreed) && dependent != null && !dependent.inScope()) {
                frontier.add(dependent.id());
            }
        }
        Set<Long> walked = new HashSet<>();
        Map<Long, BoardLink> found = new LinkedHashMap<>();
        int read = 0;
        for (int step = 0; step < MAX_STEPS && !frontier.isEmpty() && read < MAX_ISSUES; step++) {
            List<Long> batch = frontier.stream().filter(walked::add).limit(MAX_ISSUES - read).toList();
            read += batch.size();
            BoardSnapshot around = source.around(batch, issues.keySet(), rules);
            around.issues().forEach(i -> issues.putIfAbsent(i.id(), i));
            around.otherProjects().forEach(p -> projects.putIfAbsent(p.id(), p));
            List<BoardLink> fresh = around.links().stream().filter(l -> !links.containsKey(l.linkId()) && !found.containsKey(l.linkId())).toList();
            agreed.putAll(attributes.forLinks(fresh.stream().map(BoardLink::linkId).toList()));
            Set<Long> next = new HashSet<>();
            Set<Long> batchIds = new HashSet<>(batch);
            for (BoardLink link : fresh) {
                found.put(link.linkId(), link);
                BoardIssue dependent = issues.get(link.dependentId());
                if (batchIds.contains(link.blockerId()) && binds(link, issues, agreed) && dependent != null && !dependent.inScope()) {
                    next.add(dependent.id());
                }
            }
            frontier = next;
        }
        if (found.isEmpty()) {
            return new Closed(board, agreed);
        }
        List<BoardLink> closing = closingCycles(links.values(), found.values(), issues, agreed);
        Set<Long> ends = new HashSet<>();
        board.issues().forEach(i -> ends.add(i.id()));
        closing.forEach(l -> {
            ends.add(l.blockerId());
            ends.add(l.dependentId());
        });
        List<BoardLink> allLinks = new ArrayList<>(board.links());
        allLinks.addAll(closing);
        List<BoardIssue> allIssues = issues.values().stream().filter(i -> ends.contains(i.id())).toList();
        return new Closed(new BoardSnapshot(allIssues, allLinks, new ArrayList<>(projects.values())), agreed);
    }

    /** The links found by the walk that lie on a cycle with at least one of the board's own issues. */
    private static List<BoardLink> closingCycles(Collection<BoardLink> boardLinks, Collection<BoardLink> found,
                                                 Map<Long, BoardIssue> issues, Map<Long, DependencyAttributes> agreed) {
        IssueIndex index = new IssueIndex(issues.size());
        List<BoardLink> binding = new ArrayList<>();
        for (BoardLink link : boardLinks) {
            if (binds(link, issues, agreed)) {
                binding.add(link);
            }
        }
        for (BoardLink link : found) {
            if (binds(link, issues, agreed)) {
                binding.add(link);
            }
        }
        int[] from = new int[binding.size()];
        int[] to = new int[binding.size()];
        for (int i = 0; i < binding.size(); i++) {
            from[i] = index.add(binding.get(i).blockerId());
            to[i] = index.add(binding.get(i).dependentId());
        }
        StronglyConnected components = StronglyConnected.of(DependencyGraph.of(index.size(), from, to, binding.size()));
        Set<Integer> throughBoard = new HashSet<>();
        for (int node = 0; node < index.size(); node++) {
            BoardIssue issue = issues.get(index.issueId(node));
            if (issue != null && issue.inScope() && components.inCycle(node)) {
                throughBoard.add(components.componentOf(node));
            }
        }
        List<BoardLink> closing = new ArrayList<>();
        for (BoardLink link : found) {
            int blocker = index.nodeOf(link.blockerId());
            int dependent = index.nodeOf(link.dependentId());
            if (blocker >= 0 && dependent >= 0 && binds(link, issues, agreed) && components.sameCycle(blocker, dependent)
                    && throughBoard.contains(components.componentOf(blocker))) {
                closing.add(link);
            }
        }
        return closing;
    }

    private static boolean binds(BoardLink link, Map<Long, BoardIssue> issues, Map<Long, DependencyAttributes> agreed) {
        BoardIssue blocker = issues.get(link.blockerId());
        if (blocker == null || blocker.isDone()) {
            return false;
        }
        DependencyAttributes a = agreed.get(link.linkId());
        AgreementState state = a == null || a.state() == null ? null : AgreementState.ofId(a.state()).orElse(null);
        return state != AgreementState.DECLINED && state != AgreementState.DONE;
    }
}

package dev.productops.jira.application.fake;

import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardSnapshot;
import dev.productops.jira.application.dependency.port.DependencyLinkRule;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.metrics.port.DeliveredWork;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Jira as the use cases' ports see it, in memory: projects the viewer may browse, their issues, links and
 * resolution instants. Everything in it is visible: hiding is tested where Jira decides it (the adapters' ITs).
 */
public final class InMemoryJira implements DependencySource, DeliveredWork {
    private final Map<String, BoardProject> projects = new LinkedHashMap<>();
    private final List<BoardIssue> issues = new ArrayList<>();
    private final Set<Long> hidden = new HashSet<>();
    private final List<BoardLink> links = new ArrayList<>();
    private final Map<Long, Instant> resolved = new LinkedHashMap<>();
    private final List<WaitingIssue> waiting = new ArrayList<>();
    private boolean mayEditBothEnds = true;
    private final List<LinkTypeInfo> linkTypes = new ArrayList<>(List.of(new LinkTypeInfo(1, "Blocks", "blocks", "is blocked by")));

    public InMemoryJira project(BoardProject project) {
        projects.put(project.key(), project);
        return this;
    }

    public InMemoryJira issue(BoardIssue issue) {
        issues.add(issue);
        return this;
    }

    public InMemoryJira link(BoardLink link) {
        links.add(link);
        return this;
    }

    public InMemoryJira resolved(long issueId, Instant at) {
        resolved.put(issueId, at);
        return this;
    }

    /** Another link type besides Blocks. */
    public InMemoryJira linkType(LinkTypeInfo type) {
        linkTypes.add(type);
        return this;
    }

    /** The viewer may browse every issue but edit none: declining a dependency is then refused. */
    public InMemoryJira readOnly() {
        mayEditBothEnds = false;
        return this;
    }

    public InMemoryJira waiting(WaitingIssue issue) {
        waiting.add(issue);
        return this;
    }

    @Override
    public Optional<BoardProject> visibleProject(String key) {
        return Optional.ofNullable(projects.get(key));
    }

    /** The chosen projects' issues, every link touching them, and the other ends as other teams' issues (as Jira's adapter does). */
    @Override
    public BoardSnapshot load(List<BoardProject> chosen, List<DependencyLinkRule> rules) {
        Set<Long> ids = new HashSet<>();
        chosen.forEach(p -> ids.add(p.id()));
        List<BoardIssue> inScope = issues.stream().filter(i -> ids.contains(i.projectId())).toList();
        Set<Long> issueIds = new HashSet<>();
        inScope.forEach(i -> issueIds.add(i.id()));
        List<BoardLink> touching = links.stream()
                .filter(l -> issueIds.contains(l.blockerId()) || issueIds.contains(l.dependentId())).toList();
        Set<Long> otherEnds = new HashSet<>();
        touching.forEach(l -> {
            otherEnds.add(l.blockerId());
            otherEnds.add(l.dependentId());
        });
        otherEnds.removeAll(issueIds);
        List<BoardIssue> all = new ArrayList<>(inScope);
        issues.stream().filter(i -> otherEnds.contains(i.id())).map(InMemoryJira::outOfScope).forEach(all::add);
        List<BoardProject> others = projects.values().stream()
                .filter(p -> all.stream().anyMatch(i -> !i.inScope() && i.projectId() == p.id())).toList();
        return new BoardSnapshot(all, touching, others);
    }

    private static BoardIssue outOfScope(BoardIssue i) {
        return new BoardIssue(i.id(), i.key(), i.summary(), i.status(), i.statusCategory(), i.assignee(), i.dueDate(), i.created(),
                i.updated(), i.projectId(), i.projectKey(), i.versionId(), false);
    }

    /** Hides an issue from the viewer as issue security does; only {@link #visibleIssueIds} knows of it. */
    public InMemoryJira hiddenByIssueSecurity(long issueId) {
        hidden.add(issueId);
        return this;
    }

    @Override
    public Set<Long> visibleIssueIds(Collection<Long> issueIds) {
        Set<Long> visible = new HashSet<>();
        issues.stream().filter(i -> issueIds.contains(i.id()) && !hidden.contains(i.id())).forEach(i -> visible.add(i.id()));
        return visible;
    }

    @Override
    public BoardSnapshot around(Collection<Long> issueIds, Set<Long> known, List<DependencyLinkRule> rules) {
        List<BoardLink> touching = links.stream().filter(l -> issueIds.contains(l.blockerId()) || issueIds.contains(l.dependentId())).toList();
        Set<Long> ends = new HashSet<>();
        touching.forEach(l -> {
            ends.add(l.blockerId());
            ends.add(l.dependentId());
        });
        return new BoardSnapshot(issues.stream().filter(i -> ends.contains(i.id()) && !known.contains(i.id()))
                .map(InMemoryJira::outOfScope).toList(), touching);
    }

    @Override
    public CrossProjectDependencies crossProjectDependencies(List<DependencyLinkRule> rules) {
        return new CrossProjectDependencies(List.copyOf(projects.values()), new BoardSnapshot(issues, links));
    }

    @Override
    public Optional<BoardLink> visibleLink(long linkId, List<DependencyLinkRule> rules) {
        return links.stream().filter(l -> l.linkId() == linkId).findFirst();
    }

    @Override
    public boolean mayEditBothEnds(BoardLink link) {
        return mayEditBothEnds;
    }

    @Override
    public boolean linkExists(long linkId) {
        return visibleLink(linkId, List.of()).isPresent();
    }

    /** Deletes a link, as someone in Jira might while the plugin still holds its attributes. */
    public void unlink(long linkId) {
        links.removeIf(l -> l.linkId() == linkId);
    }

    @Override
    public List<LinkTypeInfo> linkTypes() {
        return List.copyOf(linkTypes);
    }

    @Override
    public List<ResolvedIssue> resolvedBetween(Collection<Long> projectIds, Instant from, Instant until) {
        List<ResolvedIssue> found = new ArrayList<>();
        for (BoardIssue issue : issues) {
            Instant at = resolved.get(issue.id());
            if (projectIds.contains(issue.projectId()) && at != null && !at.isBefore(from) && at.isBefore(until)) {
                found.add(new ResolvedIssue(issue.id(), issue.key(), at));
            }
        }
        return found;
    }

    @Override
    public List<WaitingIssue> waitingAmong(Collection<Long> projectIds, Collection<Long> issueIds) {
        Set<Long> inScope = new HashSet<>();
        issues.stream().filter(i -> projectIds.contains(i.projectId())).forEach(i -> inScope.add(i.id()));
        return waiting.stream().filter(w -> issueIds.contains(w.id()) && inScope.contains(w.id())).toList();
    }

    @Override
    public Set<Long> browsableProjectIds() {
        Set<Long> ids = new HashSet<>();
        projects.values().forEach(p -> ids.add(p.id()));
        return ids;
    }
}

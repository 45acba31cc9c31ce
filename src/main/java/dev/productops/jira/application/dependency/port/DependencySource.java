package dev.productops.jira.application.dependency.port;

import java.util.List;
import java.util.Optional;

/** Reads the board's raw material from Jira, on behalf of the current viewer: what they cannot browse is absent. */
public interface DependencySource {
    /** A project the viewer may browse, by key; empty for unknown and hidden ones alike. */
    Optional<BoardProject> visibleProject(String key);

    /**
     * Every dependency (by the rules) touching the projects' issues that the viewer can see both ends of, and those ends:
     * issues of the projects with {@code inScope = true}, others with {@code inScope = false} and their projects. An issue
     * without dependencies is not read. A link whose other end the viewer cannot see is left out entirely. Links listed
     * from both ends count once (Jira stores each link once).
     */
    BoardSnapshot load(List<BoardProject> projects, List<DependencyLinkRule> rules);

    /**
     * One step of a walk beyond the board: the dependencies (by the rules) touching these issues, read for these
     * issues only (never every link of a type), and the visible issues at their other ends that are not among
     * {@code known}, with {@code inScope = false} and their projects. Links to issues the viewer cannot see are left
     * out, as in {@link #load}.
     */
    BoardSnapshot around(java.util.Collection<Long> issueIds, java.util.Set<Long> known, List<DependencyLinkRule> rules);

    /**
     * Every dependency (by the rules) between issues of different projects, across the whole instance, with both
     * ends and the projects they belong to (with their versions). Not filtered by any viewer: it feeds the daily
     * snapshot, whose readers are filtered by project when they read it. One query per link type, issues in
     * batches, versions per project.
     */
    CrossProjectDependencies crossProjectDependencies(List<DependencyLinkRule> rules);

    record CrossProjectDependencies(List<BoardProject> projects, BoardSnapshot snapshot) {
    }

    /** The ids among these of the issues the viewer may browse (Jira's browse permission and issue security). */
    java.util.Set<Long> visibleIssueIds(java.util.Collection<Long> issueIds);

    /** Whether Jira still has this link and the viewer may see both its ends. */
    Optional<BoardLink> visibleLink(long linkId, List<DependencyLinkRule> rules);

    /** Whether the viewer may edit the issues at both ends (Jira's Edit Issues permission in both projects). */
    boolean mayEditBothEnds(BoardLink link);

    /** Whether Jira still has this link at all (whoever may see it). */
    boolean linkExists(long linkId);

    /** The link types of this Jira instance, by name, with their outward and inward phrases. */
    List<LinkTypeInfo> linkTypes();

    record LinkTypeInfo(long id, String name, String outward, String inward) {
    }
}

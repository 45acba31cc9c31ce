package dev.productops.jira.adapter.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.ofbiz.OfBizDelegator;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.productops.jira.application.dependency.port.BoardIssue;
import dev.productops.jira.application.dependency.port.BoardLink;
import dev.productops.jira.application.dependency.port.BoardProject;
import dev.productops.jira.application.dependency.port.BoardSnapshot;
import dev.productops.jira.application.dependency.port.BoardVersion;
import dev.productops.jira.application.dependency.port.DependencyLinkRule;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.problem.DataUnavailable;
import org.ofbiz.core.entity.EntityConditionList;
import org.ofbiz.core.entity.EntityExpr;
import org.ofbiz.core.entity.EntityOperator;
import org.ofbiz.core.entity.GenericValue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The board's view of Jira: issue ids per project, issues in batches, fix versions per version, and the links of
 * the board's own issues (two indexed reads per thousand issues) — never every link of a type in the instance.
 */
public class JiraDependencySource implements DependencySource {

    private final ProjectManager projects;
    private final IssueManager issues;
    private final VersionManager versions;
    private final IssueLinkManager links;
    private final IssueLinkTypeManager linkTypes;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;
    private final OfBizDelegator entities;
    private final IssueSearch search;

    public JiraDependencySource(ProjectManager projects, IssueManager issues, VersionManager versions, IssueLinkManager links,
                                IssueLinkTypeManager linkTypes, PermissionManager permissions,
                                JiraAuthenticationContext authentication, OfBizDelegator entities, SearchService search) {
        this.projects = projects;
        this.issues = issues;
        this.versions = versions;
        this.links = links;
        this.linkTypes = linkTypes;
        this.permissions = permissions;
        this.authentication = authentication;
        this.entities = entities;
        this.search = new IssueSearch(search);
    }

    @Override
    public Optional<BoardProject> visibleProject(String key) {
        Project project = key == null ? null : projects.getProjectObjByKey(key.trim().toUpperCase(java.util.Locale.ROOT));
        if (project == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, authentication.getLoggedInUser())) {
            return Optional.empty();
        }
        return Optional.of(boardProject(project));
    }

    private BoardProject boardProject(Project project) {
        List<BoardVersion> planned = versions.getVersions(project.getId()).stream()
                .map(v -> new BoardVersion(v.getId(), v.getName(), day(v.getStartDate()), day(v.getReleaseDate()), v.isReleased()))
                .sorted(Comparator.comparing(BoardVersion::release, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new BoardProject(project.getId(), project.getKey(), project.getName(), planned);
    }

    /**
     * Every cross-project dependency of the instance, for the daily snapshot (one node, once a day): the links of the
     * dependency types, instance-wide, one indexed read per type. Jira's issues are heavy, so they are never all held
     * at once: a first pass keeps only each end's project, and only the ends of the cross-project links are read again
     * and kept, as board issues.
     */
    @Override
    public CrossProjectDependencies crossProjectDependencies(List<DependencyLinkRule> rules) {
        Map<Long, DependencyLinkRule> ruleByType = rulesByTypeId(rules);
        CrossProjectLinks cross = crossProjectLinks(ruleByType.keySet());
        List<LinkRow> crossProject = cross.links();
        Set<Long> endIds = new HashSet<>();
        for (LinkRow link : crossProject) {
            endIds.add(link.source());
            endIds.add(link.destination());
        }
        List<BoardProject> involved = new ArrayList<>();
        for (Long projectId : cross.projectIds()) {
            Project project = projects.getProjectObj(projectId);
            if (project != null) {
                involved.add(boardProject(project));
            }
        }
        // Issues read by id are Jira's IssueImpl, whose fix versions are a database read each: the job asks per version.
        Map<Long, Long> plannedVersion = plannedVersions(involved);
        Map<Long, BoardIssue> ends = new HashMap<>();
        IssueBatches.forEach(issues, endIds, issue -> ends.put(issue.getId(), toBoardIssue(issue, plannedVersion.get(issue.getId()), true)));
        Map<Long, BoardIssue> endIssues = new LinkedHashMap<>();
        List<BoardLink> dependencies = new ArrayList<>();
        for (LinkRow link : crossProject) {
            if (ends.containsKey(link.source()) && ends.containsKey(link.destination())) {
                endIssues.putIfAbsent(link.source(), ends.get(link.source()));
                endIssues.putIfAbsent(link.destination(), ends.get(link.destination()));
                dependencies.add(toDependency(link, ruleByType.get(link.typeId())));
            }
        }
        return new CrossProjectDependencies(involved, new BoardSnapshot(new ArrayList<>(endIssues.values()), dependencies));
    }

    private record CrossProjectLinks(List<LinkRow> links, Set<Long> projectIds) {
    }

    /** The links of these types whose ends are in two projects; each end's project is all this pass keeps of an issue. */
    private CrossProjectLinks crossProjectLinks(Collection<Long> typeIds) {
        List<LinkRow> candidates = new ArrayList<>();
        Set<Long> endIds = new HashSet<>();
        for (Long typeId : typeIds) {
            for (IssueLink link : links.getIssueLinks(typeId)) {
                candidates.add(LinkRow.of(link));
                endIds.add(link.getSourceId());
                endIds.add(link.getDestinationId());
            }
        }
        Map<Long, Long> projectOf = new HashMap<>(endIds.size() * 4 / 3 + 1);
        IssueBatches.forEach(issues, endIds, issue -> projectOf.put(issue.getId(), issue.getProjectId()));
        List<LinkRow> crossProject = new ArrayList<>();
        Set<Long> projectIds = new java.util.TreeSet<>();
        for (LinkRow link : candidates) {
            Long source = projectOf.get(link.source());
            Long destination = projectOf.get(link.destination());
            if (source != null && destination != null && !source.equals(destination)) {
                crossProject.add(link);
                projectIds.add(source);
                projectIds.add(destination);
            }
        }
        return new CrossProjectLinks(crossProject, projectIds);
    }

    @Override
    public BoardSnapshot load(List<BoardProject> boardProjects, List<DependencyLinkRule> rules) {
        Set<Long> scopeIds = new HashSet<>();
        for (BoardProject project : boardProjects) {
            scopeIds.addAll(IssueBatches.idsInProject(issues, project.id()));
        }
        return read(scopeIds, Set.of(), rules, boardProjects);
    }

    @Override
    public BoardSnapshot around(Collection<Long> issueIds, Set<Long> known, List<DependencyLinkRule> rules) {
        return read(issueIds, known, rules, List.of());
    }

    /**
     * The dependencies touching these issues and the visible issues at their ends that are not {@code known}. Links are
     * read through Jira's entity engine a thousand issues at a time, once by source and once by destination, and only
     * of the dependency link types ({@code SELECT id, linktype, source, destination FROM issuelink WHERE source IN (…)
     * AND linktype IN (…)}), so the cost follows the issues asked about, never the links the instance holds. Links carry
     * no permission of their own: their ends are read as the viewer, and a link with an end the viewer cannot see is
     * left out. Issues of the board's projects are in scope; other ends come with their projects.
     */
    private BoardSnapshot read(Collection<Long> issueIds, Set<Long> known, List<DependencyLinkRule> rules, List<BoardProject> boardProjects) {
        Map<Long, DependencyLinkRule> ruleByType = rulesByTypeId(rules);
        if (ruleByType.isEmpty()) {
            return new BoardSnapshot(List.of(), List.of(), List.of());
        }
        List<LinkRow> candidates = linksTouching(issueIds, ruleByType.keySet());
        Set<Long> endIds = new HashSet<>();
        for (LinkRow link : candidates) {
            if (!known.contains(link.source())) {
                endIds.add(link.source());
            }
            if (!known.contains(link.destination())) {
                endIds.add(link.destination());
            }
        }
        Map<Long, BoardProject> scope = new HashMap<>();
        boardProjects.forEach(p -> scope.put(p.id(), p));
        Map<Long, BoardProject> others = new LinkedHashMap<>();
        Map<Long, BoardIssue> visible = new HashMap<>(endIds.size() * 4 / 3 + 1);
        forEachVisible(endIds, issue -> {
            BoardProject project = scope.get(issue.getProjectId());
            boolean inScope = project != null;
            if (!inScope) {
                project = others.computeIfAbsent(issue.getProjectId(), id -> boardProject(issue.getProjectObject()));
            }
            visible.put(issue.getId(), toBoardIssue(issue, plannedVersion(issue, project.versions()), inScope));
        });
        List<BoardLink> dependencies = new ArrayList<>();
        Map<Long, BoardIssue> ends = new LinkedHashMap<>();
        for (LinkRow link : candidates) {
            boolean sourceSeen = known.contains(link.source()) || visible.containsKey(link.source());
            boolean destinationSeen = known.contains(link.destination()) || visible.containsKey(link.destination());
            if (sourceSeen && destinationSeen) {
                dependencies.add(toDependency(link, ruleByType.get(link.typeId())));
                putIfSeen(visible, link.source(), ends);
                putIfSeen(visible, link.destination(), ends);
            }
        }
        // Only the projects of ends that are shown: an end whose link was left out says nothing about its project.
        Set<Long> shownProjects = new HashSet<>();
        ends.values().forEach(i -> shownProjects.add(i.projectId()));
        List<BoardProject> otherProjects = others.values().stream().filter(p -> shownProjects.contains(p.id())).toList();
        return new BoardSnapshot(new ArrayList<>(ends.values()), dependencies, otherProjects);
    }

    private static void putIfSeen(Map<Long, BoardIssue> visible, long id, Map<Long, BoardIssue> into) {
        BoardIssue issue = visible.get(id);
        if (issue != null) {
            into.putIfAbsent(id, issue);
        }
    }

    /**
     * Up to this many issues are read by id and checked one by one (an issue's few links on its view); more are found by
     * Jira's search, which applies browse permission and issue security as one filter instead of a check per issue.
     */
    public static final int CHECKED_ONE_BY_ONE = 50;

    private void forEachVisible(Collection<Long> ids, java.util.function.Consumer<Issue> action) {
        ApplicationUser viewer = authentication.getLoggedInUser();
        if (ids.size() <= CHECKED_ONE_BY_ONE) {
            IssueBatches.forEach(issues, ids, issue -> {
                if (canBrowse(issue, viewer)) {
                    action.accept(issue);
                }
            });
        } else {
            search.forEachVisible(viewer, ids, "", "the issues at the ends of the board's dependencies", action);
        }
    }

    /** One row of Jira's {@code issuelink} table, as the entity engine names its columns. */
    private record LinkRow(long id, long typeId, long source, long destination) {
        static LinkRow of(IssueLink link) {
            return new LinkRow(link.getId(), link.getLinkTypeId(), link.getSourceId(), link.getDestinationId());
        }
    }

    private static final List<String> LINK_FIELDS = List.of("id", "linktype", "source", "destination");

    /**
     * Every link of these types with an end among the ids: per chunk of {@link IssueBatches#BATCH}, one read by source and
     * one by destination.
     */
    private List<LinkRow> linksTouching(Collection<Long> issueIds, Collection<Long> typeIds) {
        List<Long> ids = new ArrayList<>(issueIds);
        List<Long> types = new ArrayList<>(typeIds);
        Map<Long, LinkRow> found = new HashMap<>();
        List<LinkRow> inOrder = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IssueBatches.BATCH) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IssueBatches.BATCH));
            for (String end : List.of("source", "destination")) {
                for (Object row : linkRows(end, chunk, types)) {
                    GenericValue value = (GenericValue) row;
                    Long id = value.getLong("id");
                    if (!found.containsKey(id)) {
                        LinkRow link = new LinkRow(id, value.getLong("linktype"), value.getLong("source"), value.getLong("destination"));
                        found.put(id, link);
                        inOrder.add(link);
                    }
                }
            }
        }
        // In link id order, whatever order the database returned them in: the analysis follows it where chains tie.
        inOrder.sort(Comparator.comparingLong(LinkRow::id));
        return inOrder;
    }

    /** Jira reports a failed entity-engine read as DataAccessException; the caller sees why instead of a bare server error. */
    private List<?> linkRows(String end, List<Long> chunk, List<Long> types) {
        try {
            return entities.findByCondition(OfBizDelegator.ISSUE_LINK, new EntityConditionList(List.of(
                    new EntityExpr(end, EntityOperator.IN, new ArrayList<>(chunk)),
                    new EntityExpr("linktype", EntityOperator.IN, types)), EntityOperator.AND), LINK_FIELDS);
        } catch (DataAccessException e) {
            throw new DataUnavailable("Jira could not read the issue links of the board. Try again later; the details are in Jira's log.", e);
        }
    }

    /**
     * The version an issue is planned in, from its own fix versions among its project's (in release order): its earliest
     * unreleased fix version, else its latest released one.
     */
    private static Long plannedVersion(Issue issue, List<BoardVersion> ordered) {
        if (ordered == null || issue.getFixVersions() == null) {
            return null;
        }
        Long chosen = null;
        for (Object fix : issue.getFixVersions()) {
            Long id = ((Version) fix).getId();
            BoardVersion candidate = ordered.stream().filter(v -> v.id() == id).findFirst().orElse(null);
            if (candidate != null && (chosen == null || better(candidate, ordered, chosen))) {
                chosen = candidate.id();
            }
        }
        return chosen;
    }

    @Override
    public Set<Long> visibleIssueIds(Collection<Long> issueIds) {
        Set<Long> visible = new HashSet<>();
        forEachVisible(new HashSet<>(issueIds), issue -> visible.add(issue.getId()));
        return visible;
    }

    @Override
    public Optional<BoardLink> visibleLink(long linkId, List<DependencyLinkRule> rules) {
        IssueLink link = links.getIssueLink(linkId);
        if (link == null) {
            return Optional.empty();
        }
        DependencyLinkRule rule = rulesByTypeId(rules).get(link.getLinkTypeId());
        ApplicationUser viewer = authentication.getLoggedInUser();
        if (rule == null || !canBrowse(issues.getIssueObject(link.getSourceId()), viewer)
                || !canBrowse(issues.getIssueObject(link.getDestinationId()), viewer)) {
            return Optional.empty();
        }
        return Optional.of(toDependency(LinkRow.of(link), rule));
    }

    @Override
    public boolean mayEditBothEnds(BoardLink link) {
        ApplicationUser viewer = authentication.getLoggedInUser();
        Issue blocker = issues.getIssueObject(link.blockerId());
        Issue dependent = issues.getIssueObject(link.dependentId());
        return blocker != null && dependent != null
                && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, blocker, viewer)
                && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, dependent, viewer);
    }

    @Override
    public boolean linkExists(long linkId) {
        return links.getIssueLink(linkId) != null;
    }

    @Override
    public List<LinkTypeInfo> linkTypes() {
        return linkTypes.getIssueLinkTypes().stream()
                .map(t -> new LinkTypeInfo(t.getId(), t.getName(), t.getOutward(), t.getInward()))
                .sorted(Comparator.comparing(LinkTypeInfo::name))
                .toList();
    }

    private Map<Long, DependencyLinkRule> rulesByTypeId(List<DependencyLinkRule> rules) {
        Map<Long, DependencyLinkRule> byId = new LinkedHashMap<>();
        for (IssueLinkType type : linkTypes.getIssueLinkTypes()) {
            for (DependencyLinkRule rule : rules) {
                if (rule.linkTypeName().equalsIgnoreCase(type.getName())) {
                    byId.put(type.getId(), rule);
                }
            }
        }
        return byId;
    }

    private static BoardLink toDependency(LinkRow link, DependencyLinkRule rule) {
        long blocker = rule.sourceIsBlocker() ? link.source() : link.destination();
        long dependent = rule.sourceIsBlocker() ? link.destination() : link.source();
        return new BoardLink(link.id(), blocker, dependent, rule.linkTypeName());
    }

    /** Issue id → the version it is planned in, by the rule of {@link #plannedVersion}, one read per version. */
    private Map<Long, Long> plannedVersions(List<BoardProject> boardProjects) {
        Map<Long, Long> planned = new HashMap<>();
        for (BoardProject project : boardProjects) {
            Map<Long, Version> byId = new HashMap<>();
            versions.getVersions(project.id()).forEach(v -> byId.put(v.getId(), v));
            for (BoardVersion version : project.versions()) {
                for (Long issueId : versions.getIssueIdsWithFixVersion(byId.get(version.id()))) {
                    Long current = planned.get(issueId);
                    if (current == null || better(version, project.versions(), current)) {
                        planned.put(issueId, version.id());
                    }
                }
            }
        }
        return planned;
    }

    private static boolean better(BoardVersion candidate, List<BoardVersion> ordered, long currentId) {
        BoardVersion current = ordered.stream().filter(v -> v.id() == currentId).findFirst().orElse(null);
        if (current == null) {
            return true;
        }
        if (current.released() != candidate.released()) {
            return !candidate.released();
        }
        int byOrder = Integer.compare(ordered.indexOf(candidate), ordered.indexOf(current));
        return candidate.released() ? byOrder > 0 : byOrder < 0;
    }

    private boolean canBrowse(Issue issue, ApplicationUser viewer) {
        return issue != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, viewer);
    }

    private static BoardIssue toBoardIssue(Issue issue, Long versionId, boolean inScope) {
        ApplicationUser assignee = issue.getAssignee();
        return new BoardIssue(issue.getId(), issue.getKey(), issue.getSummary(), issue.getStatus().getName(),
                issue.getStatus().getStatusCategory().getKey(), assignee == null ? null : assignee.getDisplayName(),
                day(issue.getDueDate()), instant(issue.getCreated()), instant(issue.getUpdated()), issue.getProjectId(), issue.getProjectObject().getKey(),
                versionId, inScope);
    }

    /**
     * The calendar day of a Jira date field (due date, version start and release). Jira keeps these as midnight in
     * the server's zone and shows everyone the same day whatever their own zone, so they are read in the JVM's zone;
     * only instants (created, updated, resolved) move with the viewer's zone.
     */
    static LocalDate day(Date date) {
        if (date == null) {
            return null;
        }
        if (date instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        if (date instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package dev.productops.standin.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
import dev.productops.standin.store.HostLinkType;
import dev.productops.standin.store.HostUser;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Jira managers the plugin imports, over the stand-in's data. BROWSE_PROJECTS, LINK_ISSUES and EDIT_ISSUES
 * follow the user's project access (admins see everything), like a simple permission scheme in a Jira test
 * instance; EDIT_ISSUES is withheld on the projects a user may only browse.
 */
public final class StandInJira implements IssueManager, IssueLinkManager, IssueLinkTypeManager, ProjectManager,
        PermissionManager, JiraAuthenticationContext, VersionManager, GroupManager {
    private final HostData data;
    private final JiraCalls calls = new JiraCalls();

    /** Username → project keys the user may browse but not edit (EDIT_ISSUES), as a permission scheme can grant. */
    private final Map<String, Set<String>> browseOnly;

    public StandInJira(HostData data) {
        this(data, Map.of());
    }

    public StandInJira(HostData data, Map<String, Set<String>> browseOnly) {
        this.data = data;
        this.browseOnly = Map.copyOf(browseOnly);
    }

    /** What the plugin asked of Jira, and how many rows the answers held (the stand-in's Jira costs nothing itself). */
    public JiraCalls calls() {
        return calls;
    }

    /** How often the plugin called each Jira method since the last reset. */
    public java.util.Map<String, Integer> callCounts() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        calls.snapshot().forEach(c -> counts.put(c.method(), (int) c.count()));
        return counts;
    }

    public void resetCallCounts() {
        calls.reset();
    }

    private <T> T called(String method, T answer) {
        long rows = answer == null ? 0 : answer instanceof Collection<?> many ? many.size() : 1;
        calls.record(method, rows);
        return answer;
    }

    private boolean calledFor(String method, boolean answer) {
        calls.record(method, 1);
        return answer;
    }

    public HostData data() {
        return data;
    }

    public static ApplicationUser applicationUser(HostUser user) {
        return user == null ? null : new StandInUser(user);
    }

    public Issue issue(long id) {
        return data.issue(id).map(i -> new StandInIssue(i, data, null)).orElse(null);
    }

    // IssueManager

    @Override
    public MutableIssue getIssueObject(Long id) {
        return called("IssueManager.getIssueObject", id == null ? null : data.issue(id).map(i -> new StandInIssue(i, data, calls)).orElse(null));
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return called("IssueManager.getIssueObject", key == null ? null : data.issueByKey(key).map(i -> new StandInIssue(i, data, calls)).orElse(null));
    }

    @Override
    public List<Issue> getIssueObjects(Collection<Long> ids) {
        List<Issue> found = new ArrayList<>(ids.size());
        for (Long id : ids) {
            data.issue(id).ifPresent(i -> found.add(new StandInIssue(i, data, calls)));
        }
        return called("IssueManager.getIssueObjects", found);
    }

    @Override
    public Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException {
        return called("IssueManager.getIssueIdsForProject",
                data.issuesOf(projectId).stream().map(HostIssue::id).toList());
    }

    // VersionManager

    @Override
    public List<Version> getVersions(Long projectId) {
        return called("VersionManager.getVersions", data.versions(projectId).stream().<Version>map(StandInVersion::new).toList());
    }

    @Override
    public Collection<Long> getIssueIdsWithFixVersion(Version version) {
        return called("VersionManager.getIssueIdsWithFixVersion",
                List.copyOf(data.issueIdsWithFixVersion(version.getId())));
    }

    // IssueLinkManager

    @Override
    public Collection<IssueLink> getIssueLinks(Long issueLinkTypeId) {
        return called("IssueLinkManager.getIssueLinks",
                data.linksOfType(issueLinkTypeId).stream().map(this::link).toList());
    }

    @Override
    public IssueLink getIssueLink(Long issueLinkId) {
        return called("IssueLinkManager.getIssueLink", data.link(issueLinkId).map(this::link).orElse(null));
    }

    private IssueLink link(HostLink link) {
        IssueLinkType type = data.linkType(link.linkTypeId()).map(StandInJira::linkType).orElse(null);
        return new IssueLink() {
            @Override
            public Long getId() {
                return link.id();
            }

            @Override
            public Long getLinkTypeId() {
                return link.linkTypeId();
            }

            @Override
            public Long getSourceId() {
                return link.sourceIssueId();
            }

            @Override
            public Long getDestinationId() {
                return link.destinationIssueId();
            }

            @Override
            public IssueLinkType getIssueLinkType() {
                return type;
            }
        };
    }

    private static IssueLinkType linkType(HostLinkType type) {
        return new IssueLinkType() {
            @Override
            public Long getId() {
                return type.id();
            }

            @Override
            public String getName() {
                return type.name();
            }

            @Override
            public String getOutward() {
                return type.outward();
            }

            @Override
            public String getInward() {
                return type.inward();
            }
        };
    }

    // IssueLinkTypeManager

    @Override
    public Collection<IssueLinkType> getIssueLinkTypes() {
        return called("IssueLinkTypeManager.getIssueLinkTypes", data.linkTypes().stream().map(StandInJira::linkType).toList());
    }

    // ProjectManager

    @Override
    public Project getProjectObj(Long id) {
        return called("ProjectManager.getProjectObj", id == null ? null : data.project(id).map(StandInProject::new).orElse(null));
    }

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return called("ProjectManager.getProjectObjByKey",
                projectKey == null ? null : data.projectByKey(projectKey).map(StandInProject::new).orElse(null));
    }

    // PermissionManager

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        return calledFor("PermissionManager.hasPermission", issue != null && allowed(permissionKey, issue.getProjectObject(), user)
                && securityLevelAllows(issue, user));
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        return calledFor("PermissionManager.hasPermission", allowed(permissionKey, project, user));
    }

    private boolean allowed(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        if (!allowed(project, user)) {
            return false;
        }
        boolean editing = ProjectPermissions.EDIT_ISSUES.equals(permissionKey);
        return !editing || !browseOnly.getOrDefault(user.getUsername(), Set.of()).contains(project.getKey());
    }

    /** Issue security: an issue in a security level is for its members only, whatever the project's permissions say. */
    private boolean securityLevelAllows(Issue issue, ApplicationUser user) {
        return data.issue(issue.getId()).flatMap(hostIssue -> data.user(user.getUsername()).map(u -> data.canBrowse(u, hostIssue)))
                .orElse(false);
    }

    private boolean allowed(Project project, ApplicationUser user) {
        if (project == null || user == null) {
            return false;
        }
        return data.user(user.getUsername()).map(u -> u.canBrowse(project.getKey())).orElse(false);
    }

    @Override
    public Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
        return called("PermissionManager.getProjects", data.projects().stream()
                .<Project>map(StandInProject::new)
                .filter(p -> allowed(p, user))
                .toList());
    }

    // GroupManager: the stand-in's users are in Jira's two default groups, and admins in the product-ops group too.

    private static final java.util.Set<String> GROUPS = java.util.Set.of("jira-administrators", "jira-software-users",
            StandInSal.PRODUCT_OPS_GROUP);

    /** Jira's group names, sorted, as its group picker lists them. */
    public static java.util.SortedSet<String> groupNames() {
        return new java.util.TreeSet<>(GROUPS);
    }

    @Override
    public boolean groupExists(String groupName) {
        return calledFor("GroupManager.groupExists", groupName != null && GROUPS.contains(groupName));
    }

    // JiraAuthenticationContext

    @Override
    public ApplicationUser getLoggedInUser() {
        return SignedInUser.current().map(StandInUser::new).orElse(null);
    }

    @Override
    public boolean isLoggedInUser() {
        return SignedInUser.current().isPresent();
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    public Optional<HostUser> userNamed(String username) {
        return data.user(username);
    }
}

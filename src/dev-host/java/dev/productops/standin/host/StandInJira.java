package dev.productops.standin.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
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
import java.util.Optional;

/**
 * The Jira managers the plugin imports, over the stand-in's data. Only BROWSE_PROJECTS and LINK_ISSUES
 * exist here, and both follow the user's project access (admins see everything), like a simple
 * permission scheme in a Jira test instance.
 */
public final class StandInJira implements IssueManager, IssueLinkManager, IssueLinkTypeManager, ProjectManager,
        PermissionManager, JiraAuthenticationContext, VersionManager {
    private final HostData data;
    private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> calls = new java.util.concurrent.ConcurrentHashMap<>();

    public StandInJira(HostData data) {
        this.data = data;
    }

    /**
     * How often the plugin called each Jira method since the last reset: a call per issue or per link shows up
     * here as a count that grows with the data (the stand-in's Jira is in memory, so SQL counts cannot show it).
     */
    public java.util.Map<String, Integer> callCounts() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        calls.forEach((method, count) -> counts.put(method, count.get()));
        return counts;
    }

    public void resetCallCounts() {
        calls.clear();
    }

    private void called(String method) {
        calls.computeIfAbsent(method, m -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
    }

    public HostData data() {
        return data;
    }

    public static ApplicationUser applicationUser(HostUser user) {
        return user == null ? null : new StandInUser(user);
    }

    public Issue issue(long id) {
        return data.issue(id).map(i -> new StandInIssue(i, data)).orElse(null);
    }

    // IssueManager

    @Override
    public MutableIssue getIssueObject(Long id) {
        called("IssueManager.getIssueObject");
        return id == null ? null : data.issue(id).map(i -> new StandInIssue(i, data)).orElse(null);
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        called("IssueManager.getIssueObject");
        return key == null ? null : data.issueByKey(key).map(i -> new StandInIssue(i, data)).orElse(null);
    }

    @Override
    public List<Issue> getIssueObjects(Collection<Long> ids) {
        called("IssueManager.getIssueObjects");
        List<Issue> found = new ArrayList<>(ids.size());
        for (Long id : ids) {
            data.issue(id).ifPresent(i -> found.add(new StandInIssue(i, data)));
        }
        return found;
    }

    @Override
    public Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException {
        called("IssueManager.getIssueIdsForProject");
        return data.issues().stream().filter(i -> i.projectId() == projectId).map(HostIssue::id).toList();
    }

    // VersionManager

    @Override
    public List<Version> getVersions(Long projectId) {
        called("VersionManager.getVersions");
        return data.versions(projectId).stream().<Version>map(StandInVersion::new).toList();
    }

    @Override
    public Collection<Long> getIssueIdsWithFixVersion(Version version) {
        called("VersionManager.getIssueIdsWithFixVersion");
        return data.issues().stream().filter(i -> i.fixVersionIds().contains(version.getId())).map(HostIssue::id).toList();
    }

    // IssueLinkManager

    @Override
    public Collection<IssueLink> getIssueLinks(Long issueLinkTypeId) {
        called("IssueLinkManager.getIssueLinks");
        return data.links().stream().filter(l -> l.linkTypeId() == issueLinkTypeId).map(this::link).toList();
    }

    @Override
    public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
        called("IssueLinkManager.getOutwardLinks");
        return data.outwardLinks(sourceIssueId).stream().map(this::link).toList();
    }

    @Override
    public List<IssueLink> getInwardLinks(Long destinationIssueId) {
        called("IssueLinkManager.getInwardLinks");
        return data.inwardLinks(destinationIssueId).stream().map(this::link).toList();
    }

    @Override
    public IssueLink getIssueLink(Long issueLinkId) {
        called("IssueLinkManager.getIssueLink");
        return data.link(issueLinkId).map(this::link).orElse(null);
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
        return data.linkTypes().stream().map(StandInJira::linkType).toList();
    }

    // ProjectManager

    @Override
    public Project getProjectObj(Long id) {
        return id == null ? null : data.project(id).map(StandInProject::new).orElse(null);
    }

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return projectKey == null ? null : data.projectByKey(projectKey).map(StandInProject::new).orElse(null);
    }

    // PermissionManager

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        return issue != null && hasPermission(permissionKey, issue.getProjectObject(), user);
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        if (project == null || user == null) {
            return false;
        }
        return data.user(user.getUsername()).map(u -> u.canBrowse(project.getKey())).orElse(false);
    }

    @Override
    public Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
        return data.projects().stream()
                .<Project>map(StandInProject::new)
                .filter(p -> hasPermission(permissionKey, p, user))
                .toList();
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

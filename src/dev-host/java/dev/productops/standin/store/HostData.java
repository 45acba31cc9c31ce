package dev.productops.standin.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the stand-in knows, indexed the ways the REST endpoints look things up. Immutable: a
 * running stand-in swaps whole instances instead of editing one. The constructor rejects dangling
 * references, so every lookup by an id taken from this instance succeeds.
 */
public final class HostData {

    private final Map<Long, HostProject> projectsById;
    private final Map<String, HostProject> projectsByKey;
    private final Map<Long, HostVersion> versionsById;
    private final Map<Long, List<HostVersion>> versionsByProject;
    private final Map<Long, HostIssue> issuesById;
    private final Map<String, HostIssue> issuesByKey;
    private final List<HostIssue> issuesInKeyOrder;
    private final Map<Long, HostLinkType> linkTypesById;
    private final Map<Long, HostLink> linksById;
    private final Map<Long, List<HostLink>> outwardLinks;
    private final Map<Long, List<HostLink>> inwardLinks;
    private final Map<Long, List<HostIssue>> issuesByProject;
    private final Map<Long, List<Long>> issueIdsByFixVersion;
    private final Map<Long, List<HostLink>> linksByType;
    private final Map<String, HostUser> usersByUsername;
    private final Map<String, HostUser> usersByKey;
    private final List<HostUser> usersInIdOrder;
    /** Issue id → the usernames of its issue security level's members; issues without a level are absent. */
    private final Map<Long, Set<String>> securityLevelMembers = new java.util.concurrent.ConcurrentHashMap<>();

    public HostData(List<HostProject> projects, List<HostVersion> versions, List<HostIssue> issues,
                    List<HostLinkType> linkTypes, List<HostLink> links, List<HostUser> users) {
        List<HostProject> sortedProjects = sorted(projects, Comparator.comparing(HostProject::key));
        projectsById = index(sortedProjects, HostProject::id, "project id");
        projectsByKey = index(sortedProjects, project -> project.key().toUpperCase(Locale.ROOT), "project key");

        List<HostVersion> sortedVersions = sorted(versions, Comparator.comparing(HostVersion::releaseDate,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(HostVersion::id));
        sortedVersions.forEach(version -> requireKnown(projectsById, version.projectId(), "project", version));
        versionsById = index(sortedVersions, HostVersion::id, "version id");
        versionsByProject = group(sortedVersions, HostVersion::projectId);

        issuesInKeyOrder = List.copyOf(sorted(issues, Comparator.comparing(HostIssue::issueKey)));
        issuesById = index(issuesInKeyOrder, HostIssue::id, "issue id");
        issuesByKey = index(issuesInKeyOrder, issue -> issue.key().toUpperCase(Locale.ROOT), "issue key");
        issuesInKeyOrder.forEach(this::requireConsistent);
        // Jira finds these through database indexes; a scan of every issue would make the stand-in's own time grow with
        // the instance and hide whether the plugin's reads are scoped.
        issuesByProject = group(issuesInKeyOrder, HostIssue::projectId);
        Map<Long, List<Long>> byVersion = new LinkedHashMap<>();
        for (HostIssue issue : issuesInKeyOrder) {
            for (Long version : issue.fixVersionIds()) {
                byVersion.computeIfAbsent(version, v -> new java.util.ArrayList<>()).add(issue.id());
            }
        }
        issueIdsByFixVersion = Collections.unmodifiableMap(byVersion);

        linkTypesById = index(sorted(linkTypes, Comparator.comparingLong(HostLinkType::id)), HostLinkType::id,
                "link type id");
        List<HostLink> sortedLinks = sorted(links, Comparator.comparingLong(HostLink::id));
        sortedLinks.forEach(this::requireConsistent);
        linksById = index(sortedLinks, HostLink::id, "link id");
        outwardLinks = group(sortedLinks, HostLink::sourceIssueId);
        inwardLinks = group(sortedLinks, HostLink::destinationIssueId);
        linksByType = group(sortedLinks, HostLink::linkTypeId);

        usersInIdOrder = List.copyOf(sorted(users, Comparator.comparingLong(HostUser::id)));
        index(usersInIdOrder, HostUser::id, "user id");
        usersByUsername = index(usersInIdOrder, user -> user.username().toLowerCase(Locale.ROOT), "username");
        usersByKey = index(usersInIdOrder, HostUser::key, "user key");
    }

    public List<HostProject> projects() {
        return List.copyOf(projectsById.values());
    }

    public Optional<HostProject> project(long id) {
        return Optional.ofNullable(projectsById.get(id));
    }

    public Optional<HostProject> projectByKey(String key) {
        return Optional.ofNullable(key == null ? null : projectsByKey.get(key.toUpperCase(Locale.ROOT)));
    }

    /** The project's fix versions, earliest release date first. */
    public List<HostVersion> versions(long projectId) {
        return versionsByProject.getOrDefault(projectId, List.of());
    }

    public Optional<HostVersion> version(long id) {
        return Optional.ofNullable(versionsById.get(id));
    }

    /** All issues in Jira's natural key order: by project key, then by issue number. */
    public List<HostIssue> issues() {
        return issuesInKeyOrder;
    }

    /** A project's issues, in key order. */
    public List<HostIssue> issuesOf(long projectId) {
        return issuesByProject.getOrDefault(projectId, List.of());
    }

    public List<Long> issueIdsWithFixVersion(long versionId) {
        return issueIdsByFixVersion.getOrDefault(versionId, List.of());
    }

    public List<HostLink> linksOfType(long linkTypeId) {
        return linksByType.getOrDefault(linkTypeId, List.of());
    }

    public Optional<HostIssue> issue(long id) {
        return Optional.ofNullable(issuesById.get(id));
    }

    public Optional<HostIssue> issueByKey(String key) {
        return Optional.ofNullable(key == null ? null : issuesByKey.get(key.trim().toUpperCase(Locale.ROOT)));
    }

    public HostProject projectOf(HostIssue issue) {
        return projectsById.get(issue.projectId());
    }

    public List<HostLinkType> linkTypes() {
        return List.copyOf(linkTypesById.values());
    }

    public Optional<HostLinkType> linkType(long id) {
        return Optional.ofNullable(linkTypesById.get(id));
    }

    public List<HostLink> links() {
        return List.copyOf(linksById.values());
    }

    public Optional<HostLink> link(long id) {
        return Optional.ofNullable(linksById.get(id));
    }

    /** Links whose source is the issue, i.e. read with the type's outward phrase ("blocks"). */
    public List<HostLink> outwardLinks(long issueId) {
        return outwardLinks.getOrDefault(issueId, List.of());
    }

    /** Links whose destination is the issue, i.e. read with the type's inward phrase ("is blocked by"). */
    public List<HostLink> inwardLinks(long issueId) {
        return inwardLinks.getOrDefault(issueId, List.of());
    }

    public List<HostUser> users() {
        return usersInIdOrder;
    }

    /** Looks a user up by login name, ignoring case as Jira does. */
    public Optional<HostUser> user(String username) {
        return Optional.ofNullable(username == null ? null : usersByUsername.get(username.toLowerCase(Locale.ROOT)));
    }

    public Optional<HostUser> userByKey(String key) {
        return Optional.ofNullable(key == null ? null : usersByKey.get(key));
    }

    /**
     * Whether the user may see the issue: they may browse its project and, when the issue is in an issue security level,
     * they are one of that level's members. Jira applies both wherever an issue is shown or searched.
     */
    public boolean canBrowse(HostUser user, HostIssue issue) {
        Set<String> members = securityLevelMembers.get(issue.id());
        return user.canBrowse(projectOf(issue).key()) && (members == null || members.contains(user.username().toLowerCase(Locale.ROOT)));
    }

    /**
     * Puts the issue in an issue security level that only these users are members of, as an administrator does with an
     * issue security scheme. Tests set it while the stand-in runs; the generated organisations have none.
     */
    public void secureIssue(long issueId, Set<String> memberUsernames) {
        requireKnown(issuesById, issueId, "issue", "an issue security level");
        Set<String> members = new java.util.HashSet<>();
        memberUsernames.forEach(name -> members.add(name.toLowerCase(Locale.ROOT)));
        securityLevelMembers.put(issueId, Set.copyOf(members));
    }

    private void requireConsistent(HostIssue issue) {
        requireKnown(projectsById, issue.projectId(), "project", issue);
        if (!issue.issueKey().projectKey().equals(projectOf(issue).key().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Issue " + issue.key() + " is filed in project "
                    + projectOf(issue).key() + " but its key says otherwise");
        }
        issue.fixVersionIds().forEach(versionId -> requireKnown(versionsById, versionId, "fix version", issue));
    }

    private void requireConsistent(HostLink link) {
        requireKnown(linkTypesById, link.linkTypeId(), "link type", link);
        requireKnown(issuesById, link.sourceIssueId(), "source issue", link);
        requireKnown(issuesById, link.destinationIssueId(), "destination issue", link);
    }

    private static void requireKnown(Map<Long, ?> index, long id, String what, Object referrer) {
        if (!index.containsKey(id)) {
            throw new IllegalArgumentException(referrer + " refers to unknown " + what + " " + id);
        }
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return copy;
    }

    private static <K, T> Map<K, T> index(List<T> items, Function<T, K> key, String what) {
        Map<K, T> index = new LinkedHashMap<>();
        for (T item : items) {
            if (index.putIfAbsent(key.apply(item), item) != null) {
                throw new IllegalArgumentException("Duplicate " + what + ": " + key.apply(item));
            }
        }
        return Collections.unmodifiableMap(index);
    }

    private static <T> Map<Long, List<T>> group(List<T> items, Function<T, Long> key) {
        return items.stream().collect(Collectors.collectingAndThen(
                Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toUnmodifiableList()),
                Collections::unmodifiableMap));
    }
}

package dev.productops.standin.sample;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
import dev.productops.standin.store.HostLinkType;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;
import dev.productops.standin.store.HostVersion;
import dev.productops.standin.store.StatusCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * An instance the size of Atlassian's Data Center App Performance Toolkit dataset, seeded: by default a million issues in
 * 500 projects of Zipf-skewed sizes (a few huge projects, many small ones), two million links over five link types (most
 * inside a project, a third across projects), six two-week versions per project. Smaller sizes keep the same shape, so a
 * test can compare the same scope on a small and a large instance. The six sample teams' landmark data is not here: this
 * is for measuring, not for demos.
 */
public final class DcaptOrganisation {
    /** The DCAPT Jira dataset: ~1M issues, 500 projects; links as a large DC instance has them. */
    public static final Size DCAPT = new Size(1_000_000, 500, 2_000_000);

    /** How big an instance to make. */
    public record Size(int issues, int projects, int links) {
        /** {@code dcapt}, or {@code dcapt:ISSUES} for the same shape at another size (projects and links scaled along). */
        public static Size parse(String spec) {
            String[] parts = spec.split(":");
            if (!parts[0].equals("dcapt") || parts.length > 2) {
                throw new IllegalArgumentException("Unknown sample '" + spec + "': use dcapt or dcapt:ISSUES");
            }
            if (parts.length == 1) {
                return DCAPT;
            }
            int issues = Integer.parseInt(parts[1]);
            int projects = Math.max(5, (int) Math.round(DCAPT.projects() * (double) issues / DCAPT.issues()));
            return new Size(issues, Math.min(projects, issues), issues * 2);
        }
    }

    static final List<HostLinkType> LINK_TYPES = List.of(SampleOrganisation.BLOCKS, SampleOrganisation.RELATES,
            SampleOrganisation.DEPENDENCY, SampleOrganisation.DUPLICATE, new HostLinkType(10004, "Cloners", "clones", "is cloned by"));
    /** Share of links per type, in LINK_TYPES order: relates and blocks dominate real instances. */
    private static final double[] TYPE_SHARES = {0.30, 0.40, 0.10, 0.10, 0.10};
    private static final int VERSIONS_PER_PROJECT = 6;
    private static final int PEOPLE = 200;

    private DcaptOrganisation() {
    }

    /**
     * The teams of a program, as the load test and the board benchmark take them: one large project and four
     * mid-sized ones, ranks 3, 11, 21, 31 and 41 of 500 by size, scaled to smaller instances.
     */
    public static List<String> programOfFive(HostData organisation) {
        List<HostProject> bySize = organisation.projects().stream()
                .sorted(java.util.Comparator.comparingInt((HostProject p) -> organisation.issuesOf(p.id()).size()).reversed())
                .toList();
        List<String> keys = new ArrayList<>();
        int previous = -1;
        for (int rank : new int[]{2, 10, 20, 30, 40}) {
            previous = Math.max(previous + 1, rank * bySize.size() / 500);
            keys.add(bySize.get(previous).key());
        }
        return keys;
    }

    public static HostData generate(Size size, long seed, LocalDate today) {
        SplittableRandom random = new SplittableRandom(seed);
        List<HostProject> projects = new ArrayList<>(size.projects());
        List<HostVersion> versions = new ArrayList<>(size.projects() * VERSIONS_PER_PROJECT);
        for (int p = 0; p < size.projects(); p++) {
            long projectId = 30_000L + p;
            String key = projectKey(p);
            projects.add(new HostProject(projectId, key, "Team " + key, person(p % PEOPLE)));
            for (int v = 0; v < VERSIONS_PER_PROJECT; v++) {
                LocalDate start = today.minusWeeks(4).plusWeeks(2L * v);
                versions.add(new HostVersion(versionId(p, v), projectId, key + " Sprint " + (v + 1), start, start.plusDays(13),
                        start.plusDays(13).isBefore(today)));
            }
        }
        int[] projectOfIssue = zipfProjects(size, random);
        List<HostIssue> issues = new ArrayList<>(size.issues());
        int[] numbers = new int[size.projects()];
        int[][] issuesByProject = new int[size.projects()][];
        int[] filled = new int[size.projects()];
        for (int p : projectOfIssue) {
            numbers[p]++;
        }
        for (int p = 0; p < size.projects(); p++) {
            issuesByProject[p] = new int[numbers[p]];
        }
        Arrays.fill(numbers, 0);
        Instant midnight = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int i = 0; i < size.issues(); i++) {
            int p = projectOfIssue[i];
            int sprint = random.nextInt(VERSIONS_PER_PROJECT);
            StatusCategory status = sprint < 2 ? StatusCategory.DONE : sprint == 2 ? StatusCategory.IN_PROGRESS : StatusCategory.TO_DO;
            LocalDate due = today.minusWeeks(4).plusWeeks(2L * sprint).plusDays(random.nextInt(14));
            Instant updated = midnight.minusSeconds(86_400L * random.nextInt(60));
            issues.add(new HostIssue(issueId(i), projects.get(p).key() + "-" + (++numbers[p]), projects.get(p).id(), "Work item " + i,
                    null, "Story", "Medium", status == StatusCategory.DONE ? "Done" : status == StatusCategory.IN_PROGRESS ? "In Progress" : "To Do",
                    status, random.nextInt(8) == 0 ? null : person(random.nextInt(PEOPLE)), person(random.nextInt(PEOPLE)),
                    random.nextInt(5) == 0 ? null : due, updated.minusSeconds(86_400L * 30), updated,
                    status == StatusCategory.DONE ? updated : null, List.of(versionId(p, sprint))));
            issuesByProject[p][filled[p]++] = i;
        }
        List<HostLink> links = links(size, projectOfIssue, issuesByProject, random);
        return new HostData(projects, versions, issues, LINK_TYPES, links, users(projects));
    }

    /**
     * The instance reduced to some projects and the issues their links reach, with the same ids and keys: what a
     * request about those projects may read, and nothing else. A read scoped to those projects costs the same on both.
     */
    public static HostData neighbourhood(HostData instance, Set<String> projectKeys) {
        Set<Long> projectIds = projectKeys.stream().map(k -> instance.projectByKey(k).orElseThrow().id()).collect(Collectors.toSet());
        Set<Long> issueIds = new HashSet<>();
        List<HostLink> links = new ArrayList<>();
        for (HostLink link : instance.links()) {
            HostIssue source = instance.issue(link.sourceIssueId()).orElseThrow();
            HostIssue destination = instance.issue(link.destinationIssueId()).orElseThrow();
            if (projectIds.contains(source.projectId()) || projectIds.contains(destination.projectId())) {
                links.add(link);
                issueIds.add(source.id());
                issueIds.add(destination.id());
            }
        }
        projectIds.forEach(p -> instance.issuesOf(p).forEach(i -> issueIds.add(i.id())));
        List<HostIssue> issues = instance.issues().stream().filter(i -> issueIds.contains(i.id())).toList();
        Set<Long> keptProjects = issues.stream().map(HostIssue::projectId).collect(Collectors.toSet());
        List<HostProject> projects = instance.projects().stream().filter(p -> keptProjects.contains(p.id())).toList();
        List<HostVersion> versions = projects.stream().flatMap(p -> instance.versions(p.id()).stream()).toList();
        return new HostData(projects, versions, issues, instance.linkTypes(), links, instance.users());
    }

    /**
     * The instance reduced to some projects, the issues within {@code steps} links of one type (both directions) of
     * theirs, every link of those issues, and the issues those links reach: what a request that follows links of that
     * type for up to {@code steps} steps beyond the projects may read (the board's cycle walk), and nothing else.
     * With {@code steps} 0 it is {@link #neighbourhood(HostData, Set)}.
     */
    public static HostData neighbourhood(HostData instance, Set<String> projectKeys, long followedLinkTypeId, int steps) {
        Set<Long> projectIds = projectKeys.stream().map(k -> instance.projectByKey(k).orElseThrow().id()).collect(Collectors.toSet());
        Set<Long> reached = new HashSet<>();
        projectIds.forEach(p -> instance.issuesOf(p).forEach(i -> reached.add(i.id())));
        Set<Long> frontier = new HashSet<>(reached);
        for (int step = 0; step < steps && !frontier.isEmpty(); step++) {
            Set<Long> next = new HashSet<>();
            for (Long id : frontier) {
                for (HostLink link : instance.outwardLinks(id)) {
                    if (link.linkTypeId() == followedLinkTypeId && reached.add(link.destinationIssueId())) {
                        next.add(link.destinationIssueId());
                    }
                }
                for (HostLink link : instance.inwardLinks(id)) {
                    if (link.linkTypeId() == followedLinkTypeId && reached.add(link.sourceIssueId())) {
                        next.add(link.sourceIssueId());
                    }
                }
            }
            frontier = next;
        }
        Set<Long> issueIds = new HashSet<>(reached);
        List<HostLink> links = new ArrayList<>();
        for (HostLink link : instance.links()) {
            if (reached.contains(link.sourceIssueId()) || reached.contains(link.destinationIssueId())) {
                links.add(link);
                issueIds.add(link.sourceIssueId());
                issueIds.add(link.destinationIssueId());
            }
        }
        List<HostIssue> issues = instance.issues().stream().filter(i -> issueIds.contains(i.id())).toList();
        Set<Long> keptProjects = issues.stream().map(HostIssue::projectId).collect(Collectors.toSet());
        List<HostProject> projects = instance.projects().stream().filter(p -> keptProjects.contains(p.id())).toList();
        List<HostVersion> versions = projects.stream().flatMap(p -> instance.versions(p.id()).stream()).toList();
        return new HostData(projects, versions, issues, instance.linkTypes(), links, instance.users());
    }

    /** Project p gets a share of the issues proportional to 1/(p+1): project 1 of 500 holds about 15%. */
    private static int[] zipfProjects(Size size, SplittableRandom random) {
        double[] cumulative = new double[size.projects()];
        double total = 0;
        for (int p = 0; p < size.projects(); p++) {
            total += 1.0 / (p + 1);
            cumulative[p] = total;
        }
        int[] projectOfIssue = new int[size.issues()];
        for (int i = 0; i < size.issues(); i++) {
            int p = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            projectOfIssue[i] = Math.min(p < 0 ? -p - 1 : p, size.projects() - 1);
        }
        return projectOfIssue;
    }

    /** Two in three links stay inside the source's project; the rest go to a project picked by the same skew. */
    private static List<HostLink> links(Size size, int[] projectOfIssue, int[][] issuesByProject, SplittableRandom random) {
        List<HostLink> links = new ArrayList<>(size.links());
        Set<Long> pairs = new HashSet<>(size.links() * 2);
        while (links.size() < size.links()) {
            int source = random.nextInt(size.issues());
            int[] candidates = random.nextInt(3) < 2 ? issuesByProject[projectOfIssue[source]]
                    : issuesByProject[projectOfIssue[random.nextInt(size.issues())]];
            int destination = candidates[random.nextInt(candidates.length)];
            if (source != destination && pairs.add((long) source * size.issues() + destination)) {
                links.add(new HostLink(5_000_000L + links.size(), LINK_TYPES.get(type(random.nextDouble())).id(),
                        issueId(source), issueId(destination)));
            }
        }
        return links;
    }

    private static int type(double draw) {
        double sum = 0;
        for (int t = 0; t < TYPE_SHARES.length; t++) {
            sum += TYPE_SHARES[t];
            if (draw < sum) {
                return t;
            }
        }
        return TYPE_SHARES.length - 1;
    }

    private static List<HostUser> users(List<HostProject> projects) {
        List<HostUser> users = new ArrayList<>();
        users.add(new HostUser(1, "admin", "admin", "Administrator", "admin@example.com", "admin", true, Set.of()));
        Set<String> everything = projects.stream().map(HostProject::key).collect(Collectors.toSet());
        for (int n = 0; n < PEOPLE; n++) {
            users.add(new HostUser(n + 2, "JIRAUSER" + (n + 2), person(n), "Person " + n, person(n) + "@example.com", person(n), false,
                    everything));
        }
        return users;
    }

    /** D001 … D500: letters then digits, as Jira project keys allow. */
    static String projectKey(int p) {
        return String.format("D%03d", p + 1);
    }

    private static String person(int n) {
        return "user" + n;
    }

    private static long issueId(int i) {
        return 10_000_000L + i;
    }

    private static long versionId(int project, int version) {
        return 1_000_000L + project * 10L + version;
    }
}

package dev.productops.standin.sample;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLinkType;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;
import dev.productops.standin.store.HostVersion;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A made-up company of six teams, each a Jira project with three sprints (fix versions) and about
 * fifty issues, linked across teams. The same seed and day always give the same data.
 *
 * <p>Everything is random except the {@link #LANDMARKS}: one Blocks cycle across three teams and
 * several date conflicts, on fixed keys. Random Blocks and Dependency links always run from an
 * earlier date to a strictly later one, so the landmarks are the only cycle and the only conflicts.
 */
public final class SampleOrganisation {

    /** The day the no-argument generator pretends it is, so that tests see stable dates. */
    public static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 11, 2);

    public static final HostLinkType BLOCKS = new HostLinkType(10000, "Blocks", "blocks", "is blocked by");
    public static final HostLinkType RELATES = new HostLinkType(10001, "Relates", "relates to", "relates to");
    public static final HostLinkType DEPENDENCY =
            new HostLinkType(10002, "Dependency", "depends on", "is depended on by");
    public static final HostLinkType DUPLICATE =
            new HostLinkType(10003, "Duplicate", "duplicates", "is duplicated by");

    /** A blocker that finishes after the issue it blocks is due. */
    public record DateConflict(String blockerKey, String blockedKey) {
    }

    /**
     * Issues that tests can rely on. {@code blocksCycle} lists keys in link order: each blocks the
     * next, and the last blocks the first. {@code dateConflicts}: the blocker's sprint ends after the
     * dependent's. {@code sameSprint}: blocker and dependent are in the same-dated sprints of two teams, the
     * blocker due later; that is at risk ("must land early"), not a conflict.
     */
    public record Landmarks(List<String> blocksCycle, List<DateConflict> dateConflicts, List<DateConflict> sameSprint) {
    }

    public static final Landmarks LANDMARKS = new Landmarks(
            List.of("PAY-7", "CHK-12", "PLAT-5"),
            List.of(new DateConflict("SRCH-8", "CHK-20"),
                    new DateConflict("PLAT-11", "DATA-9")),
            List.of(new DateConflict("PAY-15", "MOB-3"),
                    new DateConflict("DATA-4", "PAY-22"),
                    new DateConflict("CHK-30", "MOB-17")));

    static final String ADMIN = "admin";
    static final String ALICE = "alice";
    static final String BOB = "bob";
    /**
     * Users who chose a time zone in their Jira profile. Bob works a day ahead of UTC for half of each UTC day, so
     * anything that takes "today" or a date from the wrong zone shows up in his numbers.
     */
    public static final Map<String, ZoneId> TIME_ZONES = Map.of(BOB, ZoneId.of("Pacific/Kiritimati"));
    private static final Set<String> ALICE_BROWSES = Set.of("PAY", "CHK", "MOB", "PLAT");
    /** Projects a user may browse but not edit: alice follows the platform team's work without editing it. */
    public static final Map<String, Set<String>> BROWSE_ONLY = Map.of(ALICE, Set.of("PLAT"));
    private static final Set<String> BOB_BROWSES = Set.of("MOB");
    private static final List<List<String>> STAFF = List.of(
            List.of("priya.sharma", "Priya Sharma"), List.of("jonas.weber", "Jonas Weber"),
            List.of("maria.garcia", "María García"), List.of("tom.okafor", "Tom Okafor"),
            List.of("li.wei", "Li Wei"), List.of("sofia.rossi", "Sofia Rossi"),
            List.of("daniel.kim", "Daniel Kim"), List.of("emma.johansson", "Emma Johansson"),
            List.of("lucas.martin", "Lucas Martin"), List.of("aisha.khan", "Aisha Khan"));

    private SampleOrganisation() {
    }

    public static HostData generate(long seed) {
        return generate(seed, REFERENCE_DAY);
    }

    public static HostData generate(long seed, LocalDate today) {
        Random random = new Random(seed);
        List<HostProject> projects = new ArrayList<>();
        List<HostVersion> versions = new ArrayList<>();
        List<HostIssue> issues = new ArrayList<>();
        long nextIssueId = 10000;
        for (int index = 0; index < SampleTeam.ALL.size(); index++) {
            SampleTeam team = SampleTeam.ALL.get(index);
            HostProject project = new HostProject(10000 + index, team.key(), team.name(), team.lead());
            List<HostVersion> sprints = sprints(project, 10100 + 3L * index, today);
            List<HostIssue> backlog = new SampleBacklog(team, project, sprints, today, random).write(nextIssueId);
            nextIssueId += backlog.size();
            projects.add(project);
            versions.addAll(sprints);
            issues.addAll(backlog);
        }
        List<HostLinkType> linkTypes = List.of(BLOCKS, RELATES, DEPENDENCY, DUPLICATE);
        SampleLinks links = new SampleLinks(issues, versions, random);
        return new HostData(projects, versions, issues, linkTypes, links.write(), users(projects));
    }

    private static List<HostVersion> sprints(HostProject project, long firstId, LocalDate today) {
        List<HostVersion> sprints = new ArrayList<>();
        for (SprintSlot slot : SprintSlot.values()) {
            sprints.add(new HostVersion(firstId + slot.ordinal(), project.id(), slot.versionName(project.key(), today),
                    slot.start(today), slot.release(today), slot.released()));
        }
        return sprints;
    }

    private static List<HostUser> users(List<HostProject> projects) {
        Set<String> everything = projects.stream().map(HostProject::key).collect(Collectors.toSet());
        List<HostUser> users = new ArrayList<>();
        users.add(new HostUser(1, ADMIN, ADMIN, "Administrator", "admin@example.com", ADMIN, true, Set.of()));
        users.add(person(2, ALICE, "Alice Andersson", ALICE_BROWSES));
        users.add(person(3, BOB, "Bob Brown", BOB_BROWSES));
        for (List<String> staff : STAFF) {
            users.add(person(users.size() + 1, staff.get(0), staff.get(1), everything));
        }
        return users;
    }

    private static HostUser person(long id, String username, String displayName, Set<String> browses) {
        return new HostUser(id, "JIRAUSER" + id, username, displayName, username + "@example.com", username, false,
                browses);
    }
}

package dev.productops.standin.sample;

import dev.productops.standin.sample.SampleOrganisation.DateConflict;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;
import dev.productops.standin.store.HostVersion;
import dev.productops.standin.store.StatusCategory;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class SampleOrganisationTest {

    private final HostData data = SampleOrganisation.generate(42);

    @Test
    public void sameSeedGivesSameData() {
        HostData again = SampleOrganisation.generate(42);

        assertEquals(data.issues(), again.issues());
        assertEquals(data.links(), again.links());
        assertEquals(data.projects(), again.projects());
        assertEquals(data.users(), again.users());
    }

    @Test
    public void otherSeedGivesOtherData() {
        assertNotEquals(data.issues(), SampleOrganisation.generate(43).issues());
    }

    @Test
    public void hasSixTeamsWithThreeDatedSprintsEach() {
        assertTrue(data.projects().size() >= 6);
        for (HostProject project : data.projects()) {
            List<HostVersion> sprints = data.versions(project.id());
            assertEquals(3, sprints.size());
            assertEquals(List.of(true, false, false), sprints.stream().map(HostVersion::released).toList());
            sprints.forEach(sprint -> assertTrue(sprint.startDate().isBefore(sprint.releaseDate())));
            assertTrue(sprints.get(1).startDate().compareTo(SampleOrganisation.REFERENCE_DAY) <= 0);
            assertTrue(sprints.get(1).releaseDate().isAfter(SampleOrganisation.REFERENCE_DAY));
        }
    }

    @Test
    public void hasAboutThreeHundredIssuesNumberedFromOnePerProject() {
        assertTrue(data.issues().size() >= 250 && data.issues().size() <= 350);
        for (HostProject project : data.projects()) {
            List<HostIssue> issues = data.issues().stream().filter(issue -> issue.projectId() == project.id()).toList();
            for (int i = 0; i < issues.size(); i++) {
                assertEquals(project.key() + "-" + (i + 1), issues.get(i).key());
            }
        }
        assertTrue(data.issues().stream().allMatch(issue -> issue.id() >= 10000));
    }

    @Test
    public void issuesLookLikeARealBacklog() {
        List<HostIssue> issues = data.issues();
        assertEquals(Set.of("Story", "Bug", "Task", "Epic"),
                issues.stream().map(HostIssue::issueType).collect(Collectors.toSet()));
        assertEquals(Set.of(StatusCategory.values()),
                issues.stream().map(HostIssue::statusCategory).collect(Collectors.toSet()));
        assertTrue(issues.stream().anyMatch(issue -> issue.assigneeUsername() == null));
        assertTrue(issues.stream().filter(issue -> issue.dueDate() != null).count() > issues.size() / 2);
        Instant monthAgo = SampleOrganisation.REFERENCE_DAY.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC);
        assertTrue(issues.stream().anyMatch(issue -> !issue.isDone() && issue.updated().isBefore(monthAgo)));
        for (HostIssue issue : issues) {
            assertEquals(issue.key(), issue.isDone(), issue.resolutionDate() != null);
            assertFalse(issue.key(), issue.updated().isBefore(issue.created()));
            assertTrue(issue.key(), data.user(issue.reporterUsername()).isPresent());
        }
        assertTrue(data.issueByKey("PAY-15").orElseThrow().summary().contains("Apple Pay"));
    }

    @Test
    public void landmarkCycleLeadsBackToItsStart() {
        List<String> cycle = SampleOrganisation.LANDMARKS.blocksCycle();
        assertEquals(3, cycle.stream().map(key -> key.split("-")[0]).distinct().count());
        String current = cycle.get(0);
        for (int step = 0; step < cycle.size(); step++) {
            String next = cycle.get((step + 1) % cycle.size());
            assertTrue(current + " should block " + next, blockedBy(current).contains(next));
            current = next;
        }
    }

    @Test
    public void declaredDateConflictsAreRealConflicts() {
        List<DateConflict> conflicts = SampleOrganisation.LANDMARKS.dateConflicts();
        assertTrue(conflicts.size() >= 2);
        for (DateConflict conflict : conflicts) {
            HostIssue blocker = data.issueByKey(conflict.blockerKey()).orElseThrow();
            HostIssue blocked = data.issueByKey(conflict.blockedKey()).orElseThrow();
            assertTrue(blockedBy(blocker.key()).contains(blocked.key()));
            assertNotEquals(blocker.projectId(), blocked.projectId());
            assertFalse(blocker.isDone());
            assertTrue(conflict + ": blocker finishes after blocked is due",
                    finish(blocker).isAfter(blocked.dueDate()));
        }
        assertNull("one conflict is only visible through the release date",
                data.issueByKey("PLAT-11").orElseThrow().dueDate());
    }

    @Test
    public void randomLinksAddNoConflictsAndNoOtherCycles() {
        Set<String> landmarks = new HashSet<>(SampleOrganisation.LANDMARKS.blocksCycle());
        SampleOrganisation.LANDMARKS.dateConflicts().forEach(c -> landmarks.addAll(List.of(c.blockerKey(), c.blockedKey())));
        SampleOrganisation.LANDMARKS.sameSprint().forEach(c -> landmarks.addAll(List.of(c.blockerKey(), c.blockedKey())));
        Map<String, List<String>> mustFinishBefore = new HashMap<>();
        for (HostLink link : data.links()) {
            HostIssue source = data.issue(link.sourceIssueId()).orElseThrow();
            HostIssue destination = data.issue(link.destinationIssueId()).orElseThrow();
            boolean blocks = link.linkTypeId() == SampleOrganisation.BLOCKS.id();
            boolean dependsOn = link.linkTypeId() == SampleOrganisation.DEPENDENCY.id();
            if (blocks || dependsOn) {
                HostIssue first = blocks ? source : destination;
                HostIssue second = blocks ? destination : source;
                mustFinishBefore.computeIfAbsent(first.key(), key -> new ArrayList<>()).add(second.key());
                if (!landmarks.contains(first.key()) || !landmarks.contains(second.key())) {
                    assertTrue(first.key() + " before " + second.key(),
                            dates(first).stream().allMatch(d -> dates(second).stream().allMatch(d::isBefore)));
                }
            }
        }
        Set<String> onCycles = mustFinishBefore.keySet().stream()
                .filter(start -> reaches(mustFinishBefore, start, start))
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(SampleOrganisation.LANDMARKS.blocksCycle()), onCycles);
    }

    @Test
    public void hasAllFourLinkTypesAndAboutEightyCrossTeamBlocks() {
        assertEquals(List.of("Blocks", "Relates", "Dependency", "Duplicate"),
                data.linkTypes().stream().map(type -> type.name()).toList());
        long crossTeamBlocks = data.links().stream()
                .filter(link -> link.linkTypeId() == SampleOrganisation.BLOCKS.id())
                .filter(link -> data.issue(link.sourceIssueId()).orElseThrow().projectId()
                        != data.issue(link.destinationIssueId()).orElseThrow().projectId())
                .count();
        assertTrue(crossTeamBlocks >= 80 && crossTeamBlocks <= 90);
        for (long type = 10001; type <= 10003; type++) {
            long linkType = type;
            assertTrue(data.links().stream().anyMatch(link -> link.linkTypeId() == linkType));
        }
    }

    @Test
    public void aliceAndBobSeeOnlyTheirProjects() {
        HostUser admin = data.user("admin").orElseThrow();
        HostUser alice = data.user("alice").orElseThrow();
        HostUser bob = data.user("bob").orElseThrow();

        assertEquals("admin", admin.key());
        assertTrue(admin.admin() && admin.canBrowse("DATA"));
        assertEquals("JIRAUSER2", alice.key());
        assertEquals("alice", alice.password());
        for (String key : List.of("PAY", "CHK", "MOB", "PLAT")) {
            assertTrue(alice.canBrowse(key));
        }
        assertFalse(alice.canBrowse("SRCH"));
        assertFalse(alice.canBrowse("DATA"));
        assertTrue(bob.canBrowse("MOB"));
        assertFalse(bob.canBrowse("PAY"));
        assertTrue(data.users().size() >= 13);
        data.users().stream().filter(user -> !Set.of("admin", "alice", "bob").contains(user.username()))
                .forEach(user -> {
                    assertEquals(user.username(), user.password());
                    assertEquals("JIRAUSER" + user.id(), user.key());
                    data.projects().forEach(project -> assertTrue(user.canBrowse(project.key())));
                });
    }

    @Test
    public void datesFollowTheGivenDay() {
        LocalDate later = LocalDate.of(2027, 3, 15);
        HostData shifted = SampleOrganisation.generate(42, later);
        HostVersion current = shifted.versions(shifted.projectByKey("PAY").orElseThrow().id()).get(1);

        assertTrue(current.startDate().compareTo(later) <= 0 && current.releaseDate().isAfter(later));
        assertEquals(later.plusDays(4), shifted.issueByKey("MOB-3").orElseThrow().dueDate());
    }

    @Test
    public void holdsItsShapeForOtherSeedsAndDays() {
        for (long seed = 100; seed < 120; seed++) {
            LocalDate today = SampleOrganisation.REFERENCE_DAY.plusDays(seed * 37);
            HostData other = SampleOrganisation.generate(seed, today);
            assertTrue(other.issues().size() >= 250 && other.issues().size() <= 350);
            assertEquals(88, other.links().stream()
                    .filter(link -> link.linkTypeId() == SampleOrganisation.BLOCKS.id()).count());
            assertNotNull(other.issueByKey("MOB-17").orElseThrow().dueDate());
            assertTrue(other.issueByKey("MOB-17").orElseThrow().dueDate().isBefore(today));
        }
    }

    private List<String> blockedBy(String key) {
        HostIssue issue = data.issueByKey(key).orElseThrow();
        return data.outwardLinks(issue.id()).stream()
                .filter(link -> link.linkTypeId() == SampleOrganisation.BLOCKS.id())
                .map(link -> data.issue(link.destinationIssueId()).orElseThrow().key())
                .toList();
    }

    /** When a blocker is done: its due date, or else its fix version's release. */
    private LocalDate finish(HostIssue issue) {
        if (issue.dueDate() != null) {
            return issue.dueDate();
        }
        return issue.fixVersionIds().stream().map(id -> data.version(id).orElseThrow().releaseDate())
                .max(LocalDate::compareTo).orElseThrow();
    }

    private List<LocalDate> dates(HostIssue issue) {
        return Stream.concat(Stream.of(issue.dueDate()),
                        issue.fixVersionIds().stream().map(id -> data.version(id).orElseThrow().releaseDate()))
                .filter(Objects::nonNull).toList();
    }

    private static boolean reaches(Map<String, List<String>> edges, String from, String target) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(edges.getOrDefault(from, List.of()));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(edges.getOrDefault(next, List.of()));
            }
        }
        return false;
    }
}

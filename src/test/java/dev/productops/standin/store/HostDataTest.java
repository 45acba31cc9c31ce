package dev.productops.standin.store;

import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class HostDataTest {

    private static final HostProject ABC = new HostProject(10000, "ABC", "Alphabet", null);
    private static final HostProject XY = new HostProject(10001, "XY", "Ex Why", null);
    private static final HostLinkType BLOCKS = new HostLinkType(1, "Blocks", "blocks", "is blocked by");

    static HostIssue issue(long id, String key, HostProject project) {
        Instant when = Instant.parse("2026-01-01T10:00:00Z");
        return new HostIssue(id, key, project.id(), "Summary of " + key, null, "Task", "Medium", "To Do",
                StatusCategory.TO_DO, null, "alice", null, when, when, null, List.of());
    }

    private static HostData data(List<HostIssue> issues, List<HostLink> links) {
        HostUser alice = new HostUser(2, "JIRAUSER2", "alice", "Alice", null, "alice", false, Set.of("ABC"));
        return new HostData(List.of(XY, ABC), List.of(), issues, List.of(BLOCKS), links, List.of(alice));
    }

    @Test
    public void issuesComeInNaturalKeyOrder() {
        HostData data = data(List.of(issue(1, "XY-1", XY), issue(2, "ABC-10", ABC), issue(3, "ABC-2", ABC)),
                List.of());

        assertEquals(List.of("ABC-2", "ABC-10", "XY-1"), data.issues().stream().map(HostIssue::key).toList());
        assertEquals(List.of("ABC", "XY"), data.projects().stream().map(HostProject::key).toList());
    }

    @Test
    public void looksIssuesUpByKeyIgnoringCase() {
        HostData data = data(List.of(issue(1, "ABC-1", ABC)), List.of());

        assertEquals(1, data.issueByKey("abc-1").orElseThrow().id());
        assertTrue(data.issueByKey("ABC-2").isEmpty());
        assertEquals("ABC", data.projectByKey("abc").orElseThrow().key());
        assertEquals("alice", data.user("ALICE").orElseThrow().username());
        assertEquals("alice", data.userByKey("JIRAUSER2").orElseThrow().username());
    }

    @Test
    public void indexesLinksFromBothEnds() {
        HostData data = data(List.of(issue(1, "ABC-1", ABC), issue(2, "XY-1", XY)), List.of(new HostLink(7, 1, 1, 2)));

        assertEquals(List.of(7L), data.outwardLinks(1).stream().map(HostLink::id).toList());
        assertEquals(List.of(7L), data.inwardLinks(2).stream().map(HostLink::id).toList());
        assertTrue(data.outwardLinks(2).isEmpty());
        assertEquals(2, data.link(7).orElseThrow().destinationIssueId());
    }

    @Test
    public void rejectsDuplicatesAndDanglingReferences() {
        assertThrows(IllegalArgumentException.class,
                () -> data(List.of(issue(1, "ABC-1", ABC), issue(1, "ABC-2", ABC)), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> data(List.of(issue(1, "ABC-1", ABC), issue(2, "abc-1", ABC)), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> data(List.of(issue(1, "ABC-1", ABC)), List.of(new HostLink(7, 1, 1, 99))));
        assertThrows(IllegalArgumentException.class, () -> data(List.of(issue(1, "XY-1", ABC)), List.of()));
    }

    @Test
    public void adminsBrowseEverythingOthersTheirProjects() {
        HostUser admin = new HostUser(1, "admin", "admin", "Admin", null, "admin", true, Set.of());
        HostUser alice = new HostUser(2, "JIRAUSER2", "alice", "Alice", null, "alice", false, Set.of("ABC"));

        assertTrue(admin.canBrowse("XY"));
        assertTrue(alice.canBrowse("ABC"));
        assertFalse(alice.canBrowse("XY"));
    }

    @Test
    public void issueKeysCompareByNumberWithinProject() {
        assertTrue(IssueKey.parse("ABC-2").orElseThrow().compareTo(IssueKey.parse("ABC-10").orElseThrow()) < 0);
        assertEquals("ABC-7", IssueKey.parse(" abc-7 ").orElseThrow().toString());
        assertTrue(IssueKey.parse("ABC").isEmpty());
        assertTrue(IssueKey.parse("7-ABC").isEmpty());
    }

    @Test
    public void searchesSortKeysAsIssueKeysDoWithoutParsingThem() {
        List<String> keys = List.of("ABC-10", "ABC-2", "AB-100", "ABCD-1", "abc-3", "B-1", "A_B-5", "A1-7", "ABC-999999999999");
        for (String a : keys) {
            for (String b : keys) {
                int expected = Integer.signum(IssueKey.parse(a).orElseThrow().compareTo(IssueKey.parse(b).orElseThrow()));
                assertEquals(a + " vs " + b, expected, Integer.signum(HostIssue.compareKeys(a, b)));
            }
        }
    }

    @Test
    public void anIssueInASecurityLevelIsForItsMembersOnly() {
        HostData data = data(List.of(issue(1, "ABC-1", ABC), issue(2, "ABC-2", ABC)), List.of());
        HostUser alice = data.user("alice").orElseThrow();
        HostUser bob = new HostUser(3, "JIRAUSER3", "bob", "Bob", null, "bob", false, Set.of("ABC"));

        data.secureIssue(1, Set.of("Alice"));

        assertTrue("a member, whatever the case of her name", data.canBrowse(alice, data.issue(1).orElseThrow()));
        assertFalse("browsing the project is not enough", data.canBrowse(bob, data.issue(1).orElseThrow()));
        assertTrue("issues without a level are as before", data.canBrowse(bob, data.issue(2).orElseThrow()));
        assertThrows(IllegalArgumentException.class, () -> data.secureIssue(99, Set.of("alice")));
    }
}

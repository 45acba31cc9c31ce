package dev.productops.standin.dataset;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
import dev.productops.standin.store.HostLinkType;
import dev.productops.standin.store.HostUser;
import dev.productops.standin.store.StatusCategory;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** Reads the Apache Jira export in ../shared/data (skipped where that folder is absent). */
public class JiraRestDatasetTest {

    private Path apache;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private DatasetLoad load;
    private HostData data;

    @Before
    public void loadApacheExport() throws IOException {
        apache = RealData.require("apache-issues-rest-json");
        load = JiraRestDataset.loadWithReport(apache);
        data = load.data();
    }

    @Test
    public void loadsOneIssuePerFile() throws IOException {
        try (Stream<Path> files = Files.list(apache)) {
            assertEquals(files.filter(file -> file.toString().endsWith(".json")).count(), data.issues().size());
        }
        assertEquals(List.of("CB", "DIRECTMEMORY", "DRILL", "FLEX", "GORA", "INFRA", "JENA", "TEZ"),
                data.projects().stream().map(project -> project.key()).toList());
        assertEquals("Apache Cordova", data.projectByKey("CB").orElseThrow().name());
    }

    @Test
    public void mapsTheFieldsOfAnIssue() {
        HostIssue issue = data.issueByKey("CB-2649").orElseThrow();

        assertEquals(12636453L, issue.id());
        assertEquals("Bug", issue.issueType());
        assertEquals("Blocker", issue.priority());
        assertEquals("Resolved", issue.statusName());
        assertEquals(StatusCategory.DONE, issue.statusCategory());
        assertEquals("lorin.beer", issue.assigneeUsername());
        assertEquals(LocalDate.of(2013, 3, 15), issue.dueDate());
        assertEquals(Instant.parse("2013-03-13T23:51:59.677Z"), issue.resolutionDate());
        assertEquals("2.6.0", data.version(issue.fixVersionIds().get(0)).orElseThrow().name());
        assertTrue(data.version(issue.fixVersionIds().get(0)).orElseThrow().released());
        assertNull(data.issueByKey("CB-3070").orElseThrow().assigneeUsername());
    }

    @Test
    public void countsALinkListedFromBothEndsOnce() {
        // CB-2649 "blocks" CB-2169: listed as outwardIssue in CB-2649 and as inwardIssue in CB-2169.
        HostIssue blocker = data.issueByKey("CB-2649").orElseThrow();
        HostIssue blocked = data.issueByKey("CB-2169").orElseThrow();
        HostLink link = data.link(12365642L).orElseThrow();

        assertEquals(blocker.id(), link.sourceIssueId());
        assertEquals(blocked.id(), link.destinationIssueId());
        assertEquals(List.of(link), data.outwardLinks(blocker.id()));
        assertEquals(List.of(link), data.inwardLinks(blocked.id()));
        assertEquals(19, data.links().size());
    }

    @Test
    public void keepsTheInstanceLinkTypeNames() {
        HostLinkType blocker = data.linkType(10032L).orElseThrow();

        assertEquals("Blocker", blocker.name());
        assertEquals("blocks", blocker.outward());
        assertEquals("is blocked by", blocker.inward());
        assertTrue(data.linkTypes().stream().anyMatch(type -> type.name().equals("Required")));
        assertTrue(data.linkTypes().stream().anyMatch(type -> type.outward().equals("depends upon")));
    }

    @Test
    public void dropsAndCountsLinksToIssuesOutsideTheExport() {
        assertEquals(25, load.droppedLinks());
        HostIssue gora = data.issueByKey("GORA-132").orElseThrow();
        assertTrue(data.link(12352001L).isEmpty());
        assertEquals(2, data.outwardLinks(gora.id()).size() + data.inwardLinks(gora.id()).size());
    }

    @Test
    public void addsTestUsersNextToThePeopleSeen() {
        HostUser admin = data.user("admin").orElseThrow();
        HostUser alice = data.user("alice").orElseThrow();
        HostUser bob = data.user("bob").orElseThrow();
        HostUser lorin = data.user("lorin.beer").orElseThrow();

        assertTrue(admin.admin());
        assertTrue(alice.canBrowse("CB") && alice.canBrowse("JENA"));
        assertFalse(alice.canBrowse("TEZ"));
        assertTrue(bob.canBrowse("CB"));
        assertFalse(bob.canBrowse("DRILL"));
        assertEquals("lorin.beer", lorin.password());
        assertTrue(lorin.canBrowse("TEZ"));
        assertTrue(data.user("shepheb").isPresent());
    }

    @Test
    public void readsASearchResponseAndASingleIssue() throws IOException {
        Path search = temp.newFile("search.json").toPath();
        String first = Files.readString(apache.resolve("CB-2169.json"));
        String second = Files.readString(apache.resolve("CB-2649.json"));
        Files.writeString(search, "{\"startAt\":0,\"maxResults\":50,\"total\":2,\"issues\":[" + first + "," + second + "]}");

        DatasetLoad fromSearch = JiraRestDataset.loadWithReport(search);
        assertEquals(2, fromSearch.data().issues().size());
        assertEquals(1, fromSearch.data().links().size());
        assertEquals(0, fromSearch.droppedLinks());

        DatasetLoad single = JiraRestDataset.loadWithReport(apache.resolve("CB-2169.json"));
        assertEquals(1, single.data().issues().size());
        assertEquals(1, single.droppedLinks());
    }
}

package dev.productops.standin.dataset;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.StatusCategory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Hand-written documents: what the loader tolerates and what it rejects. */
public class JiraRestDatasetInputTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void fillsGapsOfSparseDocuments() throws IOException {
        Path folder = temp.newFolder("export").toPath();
        Files.writeString(folder.resolve("ops-1.json"), "{\"id\":\"501\",\"key\":\"OPS-1\",\"fields\":{"
                + "\"summary\":\"Renew TLS certificates\",\"resolution\":{\"name\":\"Fixed\"},"
                + "\"status\":{\"name\":\"Closed\"},\"created\":\"2024-02-01T09:00:00.000+0100\","
                + "\"issuelinks\":[{\"id\":\"9\",\"type\":{\"id\":\"3\",\"name\":\"Blocks\",\"inward\":\"is blocked by\","
                + "\"outward\":\"blocks\"},\"outwardIssue\":{\"id\":\"502\",\"key\":\"WEB-2\"}}]}}");
        Files.writeString(folder.resolve("web-2.json"), "{\"id\":\"502\",\"key\":\"WEB-2\",\"fields\":{"
                + "\"summary\":\"Switch the shop to HTTP/2\",\"updated\":\"2024-03-01T10:00:00Z\"}}");
        Files.writeString(folder.resolve("README.txt"), "not an issue, and ignored because it is no .json file");

        HostData data = JiraRestDataset.load(folder);
        HostIssue ops = data.issueByKey("OPS-1").orElseThrow();
        HostIssue web = data.issueByKey("WEB-2").orElseThrow();

        assertEquals(StatusCategory.DONE, ops.statusCategory());
        assertEquals(StatusCategory.TO_DO, web.statusCategory());
        assertEquals(Instant.parse("2024-02-01T08:00:00Z"), ops.created());
        assertEquals(ops.created(), ops.updated());
        assertEquals("Task", web.issueType());
        assertEquals(List.of("OPS", "WEB"), data.projects().stream().map(project -> project.key()).toList());
        assertEquals(web.id(), data.outwardLinks(ops.id()).get(0).destinationIssueId());
        assertTrue(data.user("alice").orElseThrow().canBrowse("OPS"));
        assertFalse(data.user("alice").orElseThrow().canBrowse("WEB"));
        assertFalse(data.user("bob").orElseThrow().canBrowse("WEB"));
    }

    @Test
    public void rejectsFilesThatAreNoJiraDocumentsNamingTheFile() throws IOException {
        Path notJson = temp.newFile("notes.json").toPath();
        Files.writeString(notJson, "this is not json");
        Path notIssue = temp.newFile("project.json").toPath();
        Files.writeString(notIssue, "{\"key\":\"CB\",\"name\":\"Apache Cordova\"}");
        Path noKey = temp.newFile("nokey.json").toPath();
        Files.writeString(noKey, "{\"id\":\"1\",\"fields\":{\"summary\":\"x\"}}");
        Path badSearch = temp.newFile("search.json").toPath();
        Files.writeString(badSearch, "{\"total\":1,\"issues\":[{\"id\":\"1\",\"fields\":{}}]}");
        Path badDate = temp.newFile("baddate.json").toPath();
        Files.writeString(badDate, "{\"id\":\"1\",\"key\":\"A-1\",\"fields\":{\"created\":\"yesterday\"}}");

        for (Path bad : List.of(notJson, notIssue, noKey, badSearch, badDate)) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> JiraRestDataset.load(bad));
            assertTrue(error.getMessage(), error.getMessage().contains(bad.getFileName().toString()));
        }
        assertThrows(IllegalArgumentException.class, () -> JiraRestDataset.load(temp.newFolder("empty").toPath()));
    }
}

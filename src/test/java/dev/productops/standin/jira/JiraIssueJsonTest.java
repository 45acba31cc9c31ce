package dev.productops.standin.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class JiraIssueJsonTest {

    private final HostData data = TinyJira.data();
    private final JiraIssueJson json = new JiraIssueJson(data, TinyJira.BASE_URL + "/");
    private final Predicate<HostIssue> aliceSees = issue -> data.canBrowse(TinyJira.ALICE, issue);
    private final Predicate<HostIssue> bobSees = issue -> data.canBrowse(TinyJira.BOB, issue);

    private ObjectNode issue(String key, Predicate<HostIssue> visible) {
        return json.issue(data.issueByKey(key).orElseThrow(), visible);
    }

    @Test
    public void rendersTheIssueLikeRestApiTwo() {
        ObjectNode issue = issue("PAY-1", aliceSees);
        JsonNode fields = issue.get("fields");

        assertEquals("10000", issue.get("id").asText());
        assertTrue(issue.get("id").isTextual());
        assertEquals("PAY-1", issue.get("key").asText());
        assertEquals("http://localhost:2990/jira/rest/api/2/issue/10000", issue.get("self").asText());
        assertEquals("Move the card vault", fields.get("summary").asText());
        assertEquals("Why: PCI audit", fields.get("description").asText());
        assertEquals("Story", fields.at("/issuetype/name").asText());
        assertEquals("High", fields.at("/priority/name").asText());
        assertEquals("In Progress", fields.at("/status/name").asText());
        assertEquals("indeterminate", fields.at("/status/statusCategory/key").asText());
        assertEquals("In Progress", fields.at("/status/statusCategory/name").asText());
        assertEquals("yellow", fields.at("/status/statusCategory/colorName").asText());
        assertEquals("10000", fields.at("/project/id").asText());
        assertEquals("PAY", fields.at("/project/key").asText());
        assertEquals("Payments", fields.at("/project/name").asText());
        assertEquals("http://localhost:2990/jira/rest/api/2/project/10000", fields.at("/project/self").asText());
        assertEquals("alice", fields.at("/assignee/name").asText());
        assertEquals("JIRAUSER2", fields.at("/assignee/key").asText());
        assertEquals("Alice Andersson", fields.at("/assignee/displayName").asText());
        assertEquals("bob", fields.at("/reporter/name").asText());
        assertEquals("2026-11-14", fields.get("duedate").asText());
        assertEquals("2026-10-01T08:15:30.123+0000", fields.get("created").asText());
        assertEquals("2026-10-20T17:00:00.000+0000", fields.get("updated").asText());
        assertTrue(fields.get("resolutiondate").isNull());
        assertEquals("10100", fields.at("/fixVersions/0/id").asText());
        assertEquals("PAY Sprint 22", fields.at("/fixVersions/0/name").asText());
        assertFalse(fields.at("/fixVersions/0/released").asBoolean());
        assertEquals("2026-11-15", fields.at("/fixVersions/0/releaseDate").asText());
    }

    @Test
    public void rendersEmptyFieldsAsNull() {
        JsonNode fields = issue("PAY-2", aliceSees).get("fields");

        assertTrue(fields.get("assignee").isNull());
        assertTrue(fields.get("priority").isNull());
        assertTrue(fields.get("duedate").isNull());
        assertTrue(fields.get("description").isNull());
        assertEquals("2026-09-05T08:00:00.000+0000", fields.get("resolutiondate").asText());
        assertEquals("done", fields.at("/status/statusCategory/key").asText());
        assertEquals(0, fields.get("fixVersions").size());
    }

    @Test
    public void rendersLinksFromTheIssuesPointOfView() {
        JsonNode links = issue("PAY-1", aliceSees).at("/fields/issuelinks");
        assertEquals(2, links.size());
        JsonNode first = links.get(0);
        assertEquals("20000", first.get("id").asText());
        assertEquals("10000", first.at("/type/id").asText());
        assertEquals("Blocks", first.at("/type/name").asText());
        assertEquals("blocks", first.at("/type/outward").asText());
        assertEquals("is blocked by", first.at("/type/inward").asText());
        assertEquals("PAY-2", first.at("/outwardIssue/key").asText());
        assertEquals("10001", first.at("/outwardIssue/id").asText());
        assertEquals("Done", first.at("/outwardIssue/fields/status/name").asText());
        assertTrue(first.at("/outwardIssue/fields/summary").asText().startsWith("<script>"));

        JsonNode inward = issue("PAY-2", aliceSees).at("/fields/issuelinks");
        assertEquals(List.of("PAY-1", "SEC-1"), List.of(inward.at("/0/inwardIssue/key").asText(),
                inward.at("/1/inwardIssue/key").asText()));
        assertTrue(inward.get(0).get("outwardIssue") == null);
    }

    @Test
    public void leavesOutLinksToIssuesTheViewerCannotSee() {
        JsonNode links = issue("PAY-1", bobSees).at("/fields/issuelinks");

        assertEquals(1, links.size());
        assertEquals("PAY-2", links.at("/0/outwardIssue/key").asText());
        assertFalse(links.toString().contains("SEC-1"));
        assertFalse(issue("PAY-2", bobSees).toString().contains("HSM"));
    }

    @Test
    public void formatsTimestampsTheJiraWay() {
        Instant instant = Instant.parse("2014-07-09T18:04:15Z");
        assertEquals("2014-07-09T18:04:15.000+0000", JiraTimestamp.format(instant));
        assertEquals(instant, JiraTimestamp.parse("2014-07-09T20:04:15.000+0200"));
        assertEquals(instant, JiraTimestamp.parse("2014-07-09T18:04:15Z"));
    }

    @Test
    public void buildsJiraErrorCollections() {
        ObjectNode body = JiraErrorJson.errorCollection(List.of("The value 'XYZ' does not exist for the field 'project'."),
                Map.of("jql", "bad"));

        assertEquals("{\"errorMessages\":[\"The value 'XYZ' does not exist for the field 'project'.\"],"
                + "\"errors\":{\"jql\":\"bad\"}}", body.toString());
        assertEquals("{\"errorMessages\":[],\"errors\":{}}", JiraErrorJson.errorCollection(List.of(), Map.of()).toString());
    }
}

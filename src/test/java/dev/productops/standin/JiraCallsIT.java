package dev.productops.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The stand-in's account of what the plugin asks of Jira ({@code /rest/standin/1.0/jira-calls}): calls and rows per
 * method, reset on DELETE, for administrators only. Expected rows are counted from the stand-in's data directly.
 */
public class JiraCallsIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALLS = "/rest/standin/1.0/jira-calls";

    @Test
    public void countsEachCallAndTheRowsItReturned() throws Exception {
        assertEquals(204, JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(CALLS))).DELETE(), "admin").statusCode());
        JsonNode empty = JSON.readTree(JIRA.get(CALLS, "admin").body());
        assertEquals(0, empty.get("totalCalls").asLong());
        assertEquals(0, empty.get("calls").size());

        assertEquals(200, JIRA.get("/rest/productops/1.0/issues/PAY-7/evidence", "admin").statusCode());
        JsonNode report = JSON.readTree(JIRA.get(CALLS, "admin").body());
        JsonNode issueReads = method(report, "IssueManager.getIssueObject");
        assertTrue("the evidence read looks the issue up: " + report, issueReads.get("count").asLong() >= 1);
        assertEquals("one issue per lookup", issueReads.get("count").asLong(), issueReads.get("rows").asLong());
        long calls = 0;
        long rows = 0;
        for (JsonNode call : report.get("calls")) {
            calls += call.get("count").asLong();
            rows += call.get("rows").asLong();
        }
        assertEquals(calls, report.get("totalCalls").asLong());
        assertEquals(rows, report.get("totalRows").asLong());
    }

    @Test
    public void theBoardReadsTheLinksOfItsOwnIssuesNotEveryLinkOfAType() throws Exception {
        JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(CALLS))).DELETE(), "admin");
        assertEquals(200, JIRA.get("/rest/productops/1.0/board?projects=PAY", "admin").statusCode());
        JsonNode report = JSON.readTree(JIRA.get(CALLS, "admin").body());
        assertEquals("no read of every link of a type: " + report, null, method(report, "IssueLinkManager.getIssueLinks"));
        long payIssues = JIRA.standIn().data().issues().stream().filter(i -> i.key().startsWith("PAY-")).count();
        JsonNode outward = method(report, "IssueLinkManager.getOutwardLinks");
        assertTrue("at least one read per PAY issue, and only a bounded walk beyond: " + report,
                outward.get("count").asLong() >= payIssues && outward.get("count").asLong() <= payIssues + 2000);
        assertEquals(outward.get("count").asLong(), method(report, "IssueLinkManager.getInwardLinks").get("count").asLong());
    }

    @Test
    public void onlyAdministratorsMayReadOrReset() throws Exception {
        assertEquals(401, JIRA.get(CALLS, null).statusCode());
        assertEquals(403, JIRA.get(CALLS, "alice").statusCode());
        assertEquals(403, JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(CALLS))).DELETE(), "alice").statusCode());
    }

    private static JsonNode method(JsonNode report, String name) {
        for (JsonNode call : report.get("calls")) {
            if (call.get("method").asText().equals(name)) {
                return call;
            }
        }
        return null;
    }
}

package dev.productops.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

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
    public void theBoardReadsTheLinksOfItsOwnIssuesAThousandAtATimeNotEveryLinkOfAType() throws Exception {
        JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(CALLS))).DELETE(), "admin");
        assertEquals(200, JIRA.get("/rest/productops/1.0/board?projects=PAY", "admin").statusCode());
        JsonNode report = JSON.readTree(JIRA.get(CALLS, "admin").body());
        assertEquals("no read of every link of a type: " + report, null, method(report, "IssueLinkManager.getIssueLinks"));
        assertEquals("no link read per issue: " + report, null, method(report, "IssueLinkManager.getOutwardLinks"));
        assertEquals("no link read per issue: " + report, null, method(report, "IssueLinkManager.getInwardLinks"));
        HostData data = JIRA.standIn().data();
        List<HostIssue> pay = data.issues().stream().filter(i -> i.key().startsWith("PAY-")).toList();
        JsonNode reads = method(report, "OfBizDelegator.findByCondition");
        // By source and by destination per 1,000 board issues, and the same for each step of the bounded cycle walk
        // (at most 4 steps, 2,000 issues in all): the count follows issues / 1,000, never the issues themselves.
        long bound = 2 * (chunks(pay.size()) + 4 + 2);
        assertTrue("between 2 and " + bound + " bulk link reads: " + report,
                reads.get("count").asLong() >= 2 && reads.get("count").asLong() <= bound);
        long blocksId = SampleOrganisation.BLOCKS.id();
        long boardLinkRows = pay.stream().mapToLong(i -> data.outwardLinks(i.id()).stream().filter(l -> l.linkTypeId() == blocksId).count()
                + data.inwardLinks(i.id()).stream().filter(l -> l.linkTypeId() == blocksId).count()).sum();
        assertTrue("every Blocks link of every PAY issue is read, by its source or its destination: " + report,
                reads.get("rows").asLong() >= boardLinkRows);
    }

    private static long chunks(int issues) {
        return (issues + 999) / 1000;
    }

    @Test
    public void anImportAsksJiraForTheIssuesOfTheWholeFileInOneSearch() throws Exception {
        JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(CALLS))).DELETE(), "admin");
        String csv = "title,issues\n"
                + "Import of calls one,PAY-1;PAY-2\n"
                + "Import of calls two,pay-2;CHK-1\n"
                + "Import of calls three,PAY-3; CHK-1 ;PAY-1\n"
                + "Import of calls four,NOPE-1\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(JIRA.url("/rest/productops/1.0/insights/import?firstRow=2")))
                .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(csv));
        JsonNode imported = JSON.readTree(JIRA.send(request, "admin").body());
        assertEquals(imported.toString(), 3, imported.get("created").asInt());
        assertEquals(imported.toString(), 1, imported.get("rejected").size());

        JsonNode report = JSON.readTree(JIRA.get(CALLS, "admin").body());
        JsonNode searches = method(report, "SearchService.search");
        assertEquals("the file's five keys in one search: " + report, 1, searches.get("count").asLong());
        assertEquals("PAY-1, PAY-2, PAY-3 and CHK-1 found: " + report, 4, searches.get("rows").asLong());
        JsonNode oneByOne = method(report, "IssueManager.getIssueObject");
        assertEquals("only the key the search did not find is asked on its own: " + report, 1, oneByOne.get("count").asLong());
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

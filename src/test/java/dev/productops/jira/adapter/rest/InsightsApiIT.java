package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.RunningStandIn;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The insights REST API end to end, on the stand-in: every bad input gets a clear 4xx in Jira's error shape
 * and changes nothing; every permission rule is tried with a user who must not see or change.
 * bob browses MOB only; alice browses PAY, CHK, MOB, PLAT; admin everything.
 */
public class InsightsApiIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final String API = "/rest/productops/1.0";

    private int acmeId;

    @Before
    public void customer() throws Exception {
        JsonNode acme = json(call("POST", "/customers", "admin",
                "{\"name\":\"Acme " + UNIQUE.incrementAndGet() + "\",\"segment\":\"Enterprise\",\"arr\":250000}"), 201);
        acmeId = acme.get("id").asInt();
    }

    // ---- capture, read, search

    @Test
    public void capturesAndLinksInOneStepAndTheEvidenceReflectsIt() throws Exception {
        int before = json(call("GET", "/issues/PAY-3/evidence", "admin", null), 200).get("insightCount").asInt();
        JsonNode created = json(call("POST", "/insights", "alice", insight("Refunds take a week", "acme", acmeId)
                .replace("}", ",\"links\":[{\"issueKey\":\"PAY-3\",\"importance\":3,\"note\":\"renewal\"}]}")), 201);
        assertEquals("Refunds take a week", created.get("title").asText());
        assertEquals("interview", created.get("source").asText());
        assertEquals(acmeId, created.get("customer").get("id").asInt());
        assertEquals("PAY-3", created.get("links").get(0).get("issueKey").asText());
        assertEquals(3, created.get("links").get(0).get("importance").asInt());
        assertTrue(created.get("canEdit").asBoolean());

        JsonNode evidence = json(call("GET", "/issues/PAY-3/evidence", "admin", null), 200);
        assertEquals(before + 1, evidence.get("insightCount").asInt());
        assertTrue(evidence.get("score").asDouble() >= 3);
    }

    @Test
    public void searchesByWordsTagCustomerSegmentAndIssue() throws Exception {
        String word = "zebra" + UNIQUE.incrementAndGet();
        int id = created(insight("Needs " + word + " export", "tagged", acmeId), "alice");
        call("POST", "/insights/" + id + "/links", "alice", "{\"issueKey\":\"CHK-2\",\"importance\":2}");
        JsonNode page = json(call("GET", "/insights?query=" + word + "&tag=TAGGED&customer=" + acmeId
                + "&segment=enterprise&issueKey=CHK-2&source=interview&orderBy=-updated", "admin", null), 200);
        assertEquals(1, page.get("total").asInt());
        assertEquals(id, page.get("values").get(0).get("id").asInt());
        assertEquals(0, json(call("GET", "/insights?query=" + word + "&source=survey", "admin", null), 200).get("total").asInt());
    }

    @Test
    public void pagesWithJiraParameters() throws Exception {
        String tag = "page" + UNIQUE.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            created(insight("Paged " + i, tag, null), "admin");
        }
        JsonNode page = json(call("GET", "/insights?tag=" + tag + "&startAt=2&maxResults=2&orderBy=title", "admin", null), 200);
        assertEquals(5, page.get("total").asInt());
        assertEquals(2, page.get("startAt").asInt());
        assertEquals(2, page.get("maxResults").asInt());
        assertEquals("Paged 2", page.get("values").get(0).get("title").asText());
        assertEquals(100, json(call("GET", "/insights?maxResults=5000", "admin", null), 200).get("maxResults").asInt());
    }

    // ---- permissions

    @Test
    public void anonymousCallersAreRefused() throws Exception {
        assertEquals(401, call("GET", "/insights", null, null).statusCode());
        assertEquals(401, call("POST", "/insights", null, insight("x", null, null)).statusCode());
        assertEquals(401, call("GET", "/customers", null, null).statusCode());
    }

    @Test
    public void linksToIssuesTheViewerCannotBrowseAreInvisibleToThem() throws Exception {
        int id = created(insight("Seen from two teams", null, null), "admin");
        call("POST", "/insights/" + id + "/links", "admin", "{\"issueKey\":\"PAY-1\",\"importance\":3}");
        call("POST", "/insights/" + id + "/links", "admin", "{\"issueKey\":\"MOB-1\",\"importance\":1}");

        JsonNode asBob = json(call("GET", "/insights/" + id, "bob", null), 200);
        assertEquals(1, asBob.get("links").size());
        assertEquals("MOB-1", asBob.get("links").get(0).get("issueKey").asText());
        assertThat(asBob.toString(), not(containsString("PAY-1")));
        assertThat(call("GET", "/insights?query=seen", "bob", null).body(), not(containsString("PAY-1")));
    }

    @Test
    public void aHiddenIssueIsAnsweredExactlyLikeAMissingOne() throws Exception {
        HttpResponse<String> hidden = call("GET", "/issues/PAY-1/evidence", "bob", null);
        HttpResponse<String> missing = call("GET", "/issues/PAY-99999/evidence", "bob", null);
        assertEquals(404, hidden.statusCode());
        assertEquals(missing.body(), hidden.body());
        assertEquals(404, call("GET", "/issues/PAY-1/evidence-panel", "bob", null).statusCode());
        assertEquals(call("GET", "/insights?issueKey=PAY-99999", "bob", null).body(),
                call("GET", "/insights?issueKey=PAY-1", "bob", null).body());
        assertEquals(404, call("GET", "/insights?issueKey=PAY-1", "bob", null).statusCode());
    }

    @Test
    public void nobodyLinksToOrUnlinksFromAnIssueTheyCannotBrowse() throws Exception {
        int id = created(insight("Link attempts", null, null), "bob");
        HttpResponse<String> link = call("POST", "/insights/" + id + "/links", "bob", "{\"issueKey\":\"PAY-1\",\"importance\":2}");
        assertEquals(422, link.statusCode());
        assertThat(errors(link).get("issueKey").asText(), containsString("does not exist or you do not have permission"));

        call("POST", "/insights/" + id + "/links", "admin", "{\"issueKey\":\"PAY-1\",\"importance\":2}");
        assertEquals(404, call("DELETE", "/insights/" + id + "/links/PAY-1", "bob", null).statusCode());
        assertEquals(1, json(call("GET", "/insights/" + id, "admin", null), 200).get("links").size());
    }

    @Test
    public void onlyTheAuthorAndCuratorsEditOrDeleteAnInsight() throws Exception {
        int id = created(insight("Alice's finding", null, null), "alice");
        assertEquals(403, call("PUT", "/insights/" + id, "bob", insight("Bob was here", null, null)).statusCode());
        assertEquals(403, call("DELETE", "/insights/" + id, "bob", null).statusCode());
        assertEquals("Alice's finding", json(call("GET", "/insights/" + id, "bob", null), 200).get("title").asText());
        assertEquals(false, json(call("GET", "/insights/" + id, "bob", null), 200).get("canEdit").asBoolean());

        assertEquals(200, call("PUT", "/insights/" + id, "alice", version(insight("Alice's better finding", null, null), 1)).statusCode());
        assertEquals(200, call("PUT", "/insights/" + id, "admin", version(insight("Edited by an admin", null, null), 2)).statusCode());
        assertEquals(204, call("DELETE", "/insights/" + id, "alice", null).statusCode());
        assertEquals(404, call("GET", "/insights/" + id, "alice", null).statusCode());
    }

    @Test
    public void onlyCuratorsEditCustomersAndOnlyAdministratorsChangeTheCuratorGroup() throws Exception {
        assertEquals(403, call("PUT", "/customers/" + acmeId, "alice", "{\"name\":\"Hijacked\"}").statusCode());
        assertThat(json(call("GET", "/customers/" + acmeId, "alice", null), 200).get("name").asText(), containsString("Acme"));
        assertEquals(403, call("GET", "/config/product-ops-group", "alice", null).statusCode());
        assertEquals(403, call("PUT", "/config/product-ops-group", "alice", "{\"group\":\"everyone\"}").statusCode());
        assertEquals("product-ops", json(call("GET", "/config/product-ops-group", "admin", null), 200).get("group").asText());
        assertEquals(422, call("PUT", "/config/product-ops-group", "admin", "{\"group\":\" \"}").statusCode());
        assertEquals("product-ops", json(call("GET", "/config/product-ops-group", "admin", null), 200).get("group").asText());
        // A group Jira does not have would leave nobody a curator (adversary F9): refused, naming the field.
        HttpResponse<String> unknown = call("PUT", "/config/product-ops-group", "admin", "{\"group\":\"no-such-group\"}");
        assertEquals(422, unknown.statusCode());
        assertThat(JSON.readTree(unknown.body()).get("errors").get("group").asText(), containsString("no-such-group"));
        assertEquals("product-ops", json(call("GET", "/config/product-ops-group", "admin", null), 200).get("group").asText());
        assertEquals(200, call("PUT", "/config/product-ops-group", "admin", "{\"group\":\"jira-administrators\"}").statusCode());
        assertEquals(200, call("PUT", "/config/product-ops-group", "admin", "{\"group\":\"product-ops\"}").statusCode());
    }

    // ---- bad input: clear 4xx, nothing changed

    @Test
    public void malformedJsonIsABadRequest() throws Exception {
        assertUnchanged(() -> {
            HttpResponse<String> response = call("POST", "/insights", "admin", "{\"title\": ");
            assertEquals(400, response.statusCode());
            assertThat(messages(response), containsString("not valid JSON"));
            assertEquals(400, call("POST", "/insights", "admin", "[]").statusCode());
            assertEquals(400, call("POST", "/insights", "admin", "").statusCode());
        });
    }

    @Test
    public void missingTooLongAndInvalidFieldsAreNamed() throws Exception {
        assertUnchanged(() -> {
            HttpResponse<String> response = call("POST", "/insights", "admin",
                    "{\"title\":\"" + "t".repeat(256) + "\",\"source\":\"podcast\",\"sourceUrl\":\"javascript:alert(1)\",\"capturedOn\":\"26/11/2026\"}");
            assertEquals(422, response.statusCode());
            JsonNode errors = errors(response);
            assertThat(errors.get("title").asText(), containsString("255"));
            assertThat(errors.get("source").asText(), containsString("interview"));
            assertThat(errors.get("sourceUrl").asText(), containsString("http"));
            assertThat(errors.get("capturedOn").asText(), containsString("date"));
            assertEquals("This field is required.", errors(call("POST", "/insights", "admin", "{\"source\":\"survey\"}")).get("title").asText());
            assertEquals(422, call("POST", "/insights", "admin", "{\"title\":\"x\",\"source\":\"survey\",\"tags\":\"not-a-list\"}").statusCode());
            assertEquals(422, call("POST", "/insights", "admin", "{\"title\":\"x\",\"source\":\"survey\",\"customerId\":999999}").statusCode());
        });
    }

    @Test
    public void anOversizedBodyIsRefusedAsTooLarge() throws Exception {
        assertUnchanged(() -> {
            String quote = "q".repeat(300 * 1024);
            HttpResponse<String> response = call("POST", "/insights", "admin", "{\"title\":\"big\",\"source\":\"survey\",\"quote\":\"" + quote + "\"}");
            assertEquals(413, response.statusCode());
            String justOver = "é".repeat(32 * 1024 + 1);
            HttpResponse<String> overQuote = call("POST", "/insights", "admin", "{\"title\":\"big\",\"source\":\"survey\",\"quote\":\"" + justOver + "\"}");
            assertEquals(422, overQuote.statusCode());
            assertThat(errors(overQuote).get("quote").asText(), containsString("65536 bytes"));
        });
    }

    @Test
    public void linkingToAnUnknownIssueOrWithABadImportanceChangesNothing() throws Exception {
        int id = created(insight("Links", null, null), "admin");
        assertEquals(422, call("POST", "/insights/" + id + "/links", "admin", "{\"issueKey\":\"NOPE-1\",\"importance\":2}").statusCode());
        HttpResponse<String> range = call("POST", "/insights/" + id + "/links", "admin", "{\"issueKey\":\"PAY-2\",\"importance\":7}");
        assertEquals(422, range.statusCode());
        assertThat(errors(range).get("importance").asText(), containsString("0 (not important) to 3 (critical)"));
        assertEquals(422, call("POST", "/insights/" + id + "/links", "admin", "{\"issueKey\":\"PAY-2\"}").statusCode());
        assertEquals(422, call("POST", "/insights/" + id + "/links", "admin", "{\"issueKey\":\"PAY-2\",\"importance\":\"high\"}").statusCode());
        assertEquals(0, json(call("GET", "/insights/" + id, "admin", null), 200).get("links").size());
    }

    @Test
    public void captureWithABadLinkStoresNothing() throws Exception {
        assertUnchanged(() -> {
            HttpResponse<String> response = call("POST", "/insights", "bob", insight("with a hidden link", null, null)
                    .replace("}", ",\"links\":[{\"issueKey\":\"PAY-1\",\"importance\":2}]}"));
            assertEquals(422, response.statusCode());
            assertThat(errors(response).get("links").asText(), containsString("PAY-1"));
        });
    }

    @Test
    public void unknownInsightsAndCustomersAreNotFound() throws Exception {
        assertEquals(404, call("GET", "/insights/999999", "admin", null).statusCode());
        assertEquals(404, call("GET", "/insights/abc", "admin", null).statusCode());
        assertEquals(404, call("PUT", "/insights/999999", "admin", version(insight("x", null, null), 1)).statusCode());
        assertEquals(404, call("DELETE", "/insights/999999", "admin", null).statusCode());
        assertEquals(404, call("POST", "/insights/999999/links", "admin", "{\"issueKey\":\"PAY-2\",\"importance\":2}").statusCode());
        assertEquals(404, call("GET", "/customers/999999", "admin", null).statusCode());
    }

    @Test
    public void duplicateAndInvalidCustomersAreRefused() throws Exception {
        String name = json(call("GET", "/customers/" + acmeId, "admin", null), 200).get("name").asText();
        int before = json(call("GET", "/customers", "admin", null), 200).get("total").asInt();
        HttpResponse<String> duplicate = call("POST", "/customers", "admin", "{\"name\":\"" + name.toUpperCase() + "\"}");
        assertEquals(409, duplicate.statusCode());
        assertThat(messages(duplicate), containsString("already exists"));
        JsonNode invalid = errors(call("POST", "/customers", "admin", "{\"name\":\"\",\"arr\":-5,\"currency\":\"dollars\"}"));
        assertEquals("This field is required.", invalid.get("name").asText());
        assertThat(invalid.get("arr").asText(), containsString("negative"));
        assertThat(invalid.get("currency").asText(), containsString("ISO 4217"));
        assertEquals(before, json(call("GET", "/customers", "admin", null), 200).get("total").asInt());
    }

    @Test
    public void badParametersAreBadRequests() throws Exception {
        assertEquals(400, call("GET", "/insights?startAt=-1", "admin", null).statusCode());
        assertEquals(400, call("GET", "/insights?maxResults=0", "admin", null).statusCode());
        assertEquals(400, call("GET", "/insights?customer=acme", "admin", null).statusCode());
        assertEquals(422, call("GET", "/insights?orderBy=random", "admin", null).statusCode());
        assertEquals(422, call("GET", "/insights?source=tv", "admin", null).statusCode());
    }

    @Test
    public void formPostsFailJirasXsrfCheckSoFormsCannotForgeWrites() throws Exception {
        assertUnchanged(() -> {
            // Jira's REST XSRF filter answers before the resource's @Consumes would (415).
            HttpRequest.Builder form = request("POST", "/insights", "title=forged&source=other", "application/x-www-form-urlencoded");
            assertEquals(403, JIRA.send(form, "admin").statusCode());
            HttpRequest.Builder plain = request("POST", "/insights/import", "title\nforged", "text/plain");
            assertEquals(403, JIRA.send(plain, "admin").statusCode());
        });
    }

    // ---- CSV import

    @Test
    public void importsGoodRowsReportsBadOnesAndSkipsDuplicatesOnReimport() throws Exception {
        String customer = json(call("GET", "/customers/" + acmeId, "admin", null), 200).get("name").asText();
        String tag = "import" + UNIQUE.incrementAndGet();
        String csv = "Title,Quote,Source,Customer,Captured On,Tags,Issues\n"
                + "\"Bulk refunds\",\"We refund\nby hand\",support-ticket," + customer + ",2026-11-02," + tag + ";billing,PAY-2\n"
                + ",no title,survey,,,,\n"
                + "Unknown customer,,survey,Nobody Inc,,,\n"
                + "Hidden issue,,survey,,,,NOPE-9\n"
                + "Bad date,,survey,,2026-13-45,,\n"
                + "Plain survey answer,\"\",,,," + tag + ",\n";
        JsonNode report = json(csv(csv, "admin", 2), 200);
        assertEquals(2, report.get("created").asInt());
        assertEquals(0, report.get("duplicates").asInt());
        assertEquals(4, report.get("rejected").size());
        // The first row takes two lines of the file (a quoted line break): rows are numbered by file line.
        assertEquals(4, report.get("rejected").get(0).get("row").asInt());
        assertThat(report.get("rejected").get(0).get("reason").asText(), containsString("title"));
        assertThat(report.get("rejected").get(1).get("reason").asText(), containsString("Nobody Inc"));
        assertThat(report.get("rejected").get(2).get("reason").asText(), containsString("NOPE-9"));
        assertThat(report.get("rejected").get(3).get("reason").asText(), containsString("capturedOn"));

        assertEquals(2, json(call("GET", "/insights?tag=" + tag, "admin", null), 200).get("total").asInt());
        JsonNode imported = json(call("GET", "/insights?tag=" + tag + "&source=support-ticket", "admin", null), 200);
        assertEquals(1, imported.get("total").asInt());
        assertEquals("We refund\nby hand", imported.get("values").get(0).get("quote").asText());
        assertEquals("PAY-2", imported.get("values").get(0).get("links").get(0).get("issueKey").asText());

        JsonNode again = json(csv(csv, "admin", 2), 200);
        assertEquals(0, again.get("created").asInt());
        assertEquals(2, again.get("duplicates").asInt());
    }

    @Test
    public void importBatchesKeepTheFilesRowNumbers() throws Exception {
        JsonNode report = json(csv("title,source\nok " + UNIQUE.incrementAndGet() + ",survey\n,survey\n", "admin", 502), 200);
        assertEquals(503, report.get("rejected").get(0).get("row").asInt());
    }

    @Test
    public void filesThatAreNotUtf8CsvWithKnownColumnsAreRefusedWhole() throws Exception {
        assertUnchanged(() -> {
            HttpResponse<String> latin1 = csvBytes("title\nCaf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1), "admin");
            assertEquals(400, latin1.statusCode());
            assertThat(messages(latin1), containsString("UTF-8"));
            HttpResponse<String> unknown = csv("title,priority\nx,high\n", "admin", 2);
            assertEquals(400, unknown.statusCode());
            assertThat(messages(unknown), containsString("priority"));
            assertEquals(400, csv("quote,source\nx,survey\n", "admin", 2).statusCode());
            assertEquals(400, csv("title\n\"unterminated\n", "admin", 2).statusCode());
            assertEquals(400, csv("", "admin", 2).statusCode());
        });
    }

    @Test
    public void aFileTooLargeForOneRequestIsRefused() throws Exception {
        assertUnchanged(() -> {
            StringBuilder big = new StringBuilder("title\n");
            for (int i = 0; i < 5001; i++) {
                big.append("row ").append(i).append('\n');
            }
            assertEquals(413, csv(big.toString(), "admin", 2).statusCode());
        });
    }

    // ---- helpers

    private static String insight(String title, String tag, Integer customerId) {
        return "{\"title\":\"" + title + "\",\"quote\":\"They told us so\",\"source\":\"interview\""
                + (tag == null ? "" : ",\"tags\":[\"" + tag + "\"]")
                + (customerId == null ? "" : ",\"customerId\":" + customerId) + "}";
    }

    static String version(String insightBody, int version) {
        return insightBody.substring(0, insightBody.length() - 1) + ",\"version\":" + version + "}";
    }

    static int created(String body, String user) throws Exception {
        return json(call("POST", "/insights", user, body), 201).get("id").asInt();
    }

    private interface Check {
        void run() throws Exception;
    }

    /** Runs bad calls and proves they changed nothing: same insight and customer totals before and after. */
    private static void assertUnchanged(Check badCalls) throws Exception {
        int insights = json(call("GET", "/insights", "admin", null), 200).get("total").asInt();
        int customers = json(call("GET", "/customers", "admin", null), 200).get("total").asInt();
        badCalls.run();
        assertEquals("insights unchanged", insights, json(call("GET", "/insights", "admin", null), 200).get("total").asInt());
        assertEquals("customers unchanged", customers, json(call("GET", "/customers", "admin", null), 200).get("total").asInt());
    }

    private static HttpRequest.Builder request(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(JIRA.url(API + path)));
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> call(String method, String path, String user, String body) throws IOException, InterruptedException {
        return JIRA.send(request(method, path, body, "application/json"), user);
    }

    private static HttpResponse<String> csv(String body, String user, int firstRow) throws IOException, InterruptedException {
        return csvBytes(body.getBytes(StandardCharsets.UTF_8), user, firstRow);
    }

    private static HttpResponse<String> csvBytes(byte[] body, String user) throws IOException, InterruptedException {
        return csvBytes(body, user, 2);
    }

    private static HttpResponse<String> csvBytes(byte[] body, String user, int firstRow) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(JIRA.url(API + "/insights/import?firstRow=" + firstRow)))
                .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return JIRA.send(request, user);
    }

    static JsonNode json(HttpResponse<String> response, int expectedStatus) throws IOException {
        assertEquals(response.body(), expectedStatus, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static JsonNode errors(HttpResponse<String> response) throws IOException {
        assertEquals(response.body(), 422, response.statusCode());
        return JSON.readTree(response.body()).get("errors");
    }

    private static String messages(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).get("errorMessages").toString();
    }
}

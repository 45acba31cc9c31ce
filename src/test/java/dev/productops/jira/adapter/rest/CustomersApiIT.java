package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The customer list's API on the stand-in: search with Jira's paging, delete and merge with the insights they
 * touch, every bad call answered 4xx with nothing changed, and users outside the product-ops group refused.
 * alice and bob are ordinary users; admin is an administrator.
 */
public class CustomersApiIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final String API = "/rest/productops/1.0";

    @Test
    public void searchesByPartOfTheNameInPagesAndCountsEachCustomersInsights() throws Exception {
        String stem = "Pagewood" + UNIQUE.incrementAndGet();
        int first = customer(stem + " A", "alice");
        customer(stem + " B", "alice");
        customer(stem + " C", "bob");
        insightOf(first, "alice");
        insightOf(first, "bob");

        JsonNode page = json(call("GET", "/customers?query=" + stem.toLowerCase() + "&startAt=1&maxResults=1", "bob", null), 200);
        assertEquals(3, page.get("total").asInt());
        assertEquals(1, page.get("startAt").asInt());
        assertEquals(stem + " B", page.get("values").get(0).get("name").asText());
        assertEquals(0, page.get("values").get(0).get("insightCount").asInt());

        JsonNode firstPage = json(call("GET", "/customers?query=" + encoded(stem + " a"), "bob", null), 200);
        assertEquals(2, firstPage.get("values").get(0).get("insightCount").asInt());
        assertEquals(2, json(call("GET", "/customers/" + first, "bob", null), 200).get("insightCount").asInt());
    }

    @Test
    public void mergingMovesTheInsightsAndDeletesTheDuplicate() throws Exception {
        String name = "Northwind " + UNIQUE.incrementAndGet();
        int kept = customer(name, "alice");
        int duplicate = customer(name + " Ltd", "alice");
        int keptsOwn = insightOf(kept, "alice");
        int moved = insightOf(duplicate, "alice");
        int movedToo = insightOf(duplicate, "bob");
        int versionBefore = json(call("GET", "/insights/" + moved, "admin", null), 200).get("version").asInt();

        JsonNode merged = json(call("POST", "/customers/" + duplicate + "/merge?into=" + kept, "admin", null), 200);

        assertEquals(kept, merged.get("id").asInt());
        assertEquals(3, merged.get("insightCount").asInt());
        assertEquals(404, call("GET", "/customers/" + duplicate, "admin", null).statusCode());
        for (int insight : new int[]{keptsOwn, moved, movedToo}) {
            assertEquals(kept, json(call("GET", "/insights/" + insight, "admin", null), 200).get("customerId").asInt());
        }
        assertEquals(3, json(call("GET", "/insights?customer=" + kept, "admin", null), 200).get("total").asInt());
        assertTrue("the move is an edit: an edit opened before it is stale",
                json(call("GET", "/insights/" + moved, "admin", null), 200).get("version").asInt() > versionBefore);
        assertEquals("an edit opened before the merge names a customer that is gone", 422,
                call("PUT", "/insights/" + moved, "alice", insightBody("Stale", duplicate, versionBefore)).statusCode());
        assertEquals(409, call("PUT", "/insights/" + moved, "alice", insightBody("Stale", kept, versionBefore)).statusCode());
        assertEquals(kept, json(call("GET", "/insights/" + moved, "admin", null), 200).get("customerId").asInt());
        assertEquals("the duplicate's name is free again", 201,
                call("POST", "/customers", "bob", "{\"name\":\"" + name + " Ltd\"}").statusCode());
    }

    @Test
    public void deletingKeepsTheInsightsWithoutACustomer() throws Exception {
        int gone = customer("Initrode " + UNIQUE.incrementAndGet(), "bob");
        int insight = insightOf(gone, "bob");

        assertEquals(204, call("DELETE", "/customers/" + gone, "admin", null).statusCode());

        assertEquals(404, call("GET", "/customers/" + gone, "admin", null).statusCode());
        JsonNode kept = json(call("GET", "/insights/" + insight, "admin", null), 200);
        assertTrue(kept.get("customerId").isNull());
        assertEquals(404, call("DELETE", "/customers/" + gone, "admin", null).statusCode());
    }

    @Test
    public void badMergesAreRefusedAndChangeNothing() throws Exception {
        int a = customer("Umbrella " + UNIQUE.incrementAndGet(), "alice");
        int insight = insightOf(a, "alice");
        String before = state(a, insight);

        assertThat(fieldError(call("POST", "/customers/" + a + "/merge", "admin", null), "into"), containsString("required"));
        assertThat(fieldError(call("POST", "/customers/" + a + "/merge?into=" + a, "admin", null), "into"), containsString("itself"));
        assertThat(fieldError(call("POST", "/customers/" + a + "/merge?into=999999", "admin", null), "into"),
                containsString("999999"));
        assertThat(fieldError(call("POST", "/customers/" + a + "/merge?into=acme", "admin", null), "into"), containsString("acme"));
        assertEquals(404, call("POST", "/customers/999999/merge?into=" + a, "admin", null).statusCode());
        assertEquals(404, call("POST", "/customers/x/merge?into=" + a, "admin", null).statusCode());
        assertEquals(404, call("DELETE", "/customers/999999", "admin", null).statusCode());
        assertEquals(404, call("DELETE", "/customers/-1", "admin", null).statusCode());
        assertEquals(400, call("GET", "/customers?startAt=-1", "admin", null).statusCode());
        assertEquals(400, call("GET", "/customers?maxResults=0", "admin", null).statusCode());
        assertEquals(400, call("GET", "/customers?maxResults=many", "admin", null).statusCode());

        assertEquals(before, state(a, insight));
    }

    @Test
    public void onlyTheProductOpsGroupAndAdministratorsDeleteOrMerge() throws Exception {
        int a = customer("Soylent " + UNIQUE.incrementAndGet(), "alice");
        int b = customer("Soylent Corp " + UNIQUE.incrementAndGet(), "alice");
        int insight = insightOf(a, "alice");
        String before = state(a, insight) + state(b, insight);

        for (String user : new String[]{"alice", "bob"}) {
            assertEquals(403, call("DELETE", "/customers/" + a, user, null).statusCode());
            assertEquals(403, call("POST", "/customers/" + a + "/merge?into=" + b, user, null).statusCode());
        }
        HttpResponse<String> forged = JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(API + "/customers/" + a + "/merge?into=" + b)))
                .POST(HttpRequest.BodyPublishers.noBody()), "admin");
        assertEquals("a cross-site POST without the XSRF header", 403, forged.statusCode());
        assertEquals(401, call("DELETE", "/customers/" + a, null, null).statusCode());
        assertEquals(401, call("POST", "/customers/" + a + "/merge?into=" + b, null, null).statusCode());

        assertEquals(before, state(a, insight) + state(b, insight));
    }

    @Test
    public void aCrmExportImportsOnceWithARowByRowReportAndABadFileChangesNothing() throws Exception {
        String stem = "Csvland" + UNIQUE.incrementAndGet();
        String file = "Name;Segment;ARR;Currency\r\n" + stem + " Bank;Enterprise;\"1.250.000\";EUR\r\n"
                + stem + " Shop;smb;12000;\r\n" + stem + " Yen;SMB;5;JPY\r\n" + stem + " bank;SMB;1;USD\r\n"
                + stem + " Agency;Agencies;1;USD\r\n";

        JsonNode report = json(csv(file, "bob"), 200);
        assertEquals("{\"created\":2,\"duplicates\":1,\"rejected\":[{\"row\":4,\"reason\":\"currency: There is no exchange rate for JPY"
                + " (base currency USD). An administrator adds it in the currency settings first.\"},{\"row\":6,\"reason\":\"segment:"
                + " There is no segment 'Agencies'. Choose one of the list; an administrator adds segments in the Product Ops settings.\"}]}",
                report.toString());
        JsonNode found = json(call("GET", "/customers?query=" + stem, "bob", null), 200);
        assertEquals(2, found.get("total").asInt());
        JsonNode bank = found.get("values").get(0);
        assertEquals(List.of(stem + " Bank", "Enterprise", "1250000", "EUR"), List.of(bank.get("name").asText(),
                bank.get("segment").asText(), bank.get("arr").asText(), bank.get("currency").asText()));
        assertEquals("a segment is stored as the list spells it", "SMB", found.get("values").get(1).get("segment").asText());

        JsonNode again = json(csv(file, "alice"), 200);
        assertEquals("importing the same export again adds nothing", 0, again.get("created").asInt());
        assertEquals(3, again.get("duplicates").asInt());

        String before = json(call("GET", "/customers?maxResults=1", "admin", null), 200).get("total").asText();
        assertThat(json(csv("name,revenue\r\n" + stem + " Other,5\r\n", "bob"), 400).toString(), containsString("Unknown column 'revenue'"));
        assertThat(json(csv("segment\r\nSMB\r\n", "bob"), 400).toString(), containsString("'name' column"));
        assertEquals(401, csv("name\r\n" + stem + " Anonymous\r\n", null).statusCode());
        assertEquals(before, json(call("GET", "/customers?maxResults=1", "admin", null), 200).get("total").asText());
    }

    private static HttpResponse<String> csv(String body, String user) throws IOException, InterruptedException {
        return JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(API + "/customers/import")))
                .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)), user);
    }

    /** What a bad call must leave alone: the customer as listed (with its count) and the insight that names it. */
    private static String state(int customer, int insight) throws Exception {
        JsonNode stored = json(call("GET", "/insights/" + insight, "admin", null), 200);
        return json(call("GET", "/customers/" + customer, "admin", null), 200).toString()
                + stored.get("customerId") + "/" + stored.get("version")
                + json(call("GET", "/customers", "admin", null), 200).get("total");
    }

    private static int customer(String name, String user) throws Exception {
        return json(call("POST", "/customers", user, "{\"name\":\"" + name + "\",\"segment\":\"Mid-market\",\"arr\":50000}"), 201)
                .get("id").asInt();
    }

    private static int insightOf(int customerId, String user) throws Exception {
        return json(call("POST", "/insights", user, insightBody("Said so " + UNIQUE.incrementAndGet(), customerId, null)), 201)
                .get("id").asInt();
    }

    private static String insightBody(String title, int customerId, Integer version) {
        return "{\"title\":\"" + title + "\",\"quote\":\"They told us\",\"source\":\"interview\",\"customerId\":" + customerId
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static String fieldError(HttpResponse<String> response, String field) throws IOException {
        assertEquals(response.body(), 422, response.statusCode());
        return JSON.readTree(response.body()).get("errors").get(field).asText();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> call(String method, String path, String user, String body) throws IOException, InterruptedException {
        return JIRA.api(method, path, user, body);
    }

    private static JsonNode json(HttpResponse<String> response, int expectedStatus) throws IOException {
        return RunningStandIn.json(response, expectedStatus);
    }
}

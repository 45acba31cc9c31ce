package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.RunningStandIn;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

/**
 * Base currency and exchange rates on the stand-in: administrators set them, everyone reads them, bad input and
 * rates that would orphan a customer's currency are refused with nothing changed, and ARR in the evidence JSON is
 * summed in the base currency with the currency named beside it. alice is an ordinary user; admin an administrator.
 */
public class CurrencySettingsApiIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final String API = "/rest/productops/1.0";
    private static final String SETTINGS = "/settings/currency";
    private static final String SEGMENTS = "/settings/segments";
    /** What an install that never saved rates uses (the sample data's EUR and GBP customers need them). */
    private static final String DEFAULT = "{\"base\":\"USD\",\"rates\":{\"EUR\":1.08,\"GBP\":1.27}}";

    @After
    public void restoreTheDefaults() throws Exception {
        json(call("PUT", SETTINGS, "admin", DEFAULT), 200);
    }

    @Test
    public void segmentWeightsScaleACustomersShareOfTheScore() throws Exception {
        String stem = "Weighted " + UNIQUE.incrementAndGet();
        String segment = stem + " segment";
        JsonNode listed = json(call("GET", SEGMENTS, "alice", null), 200);
        json(call("PUT", SEGMENTS, "admin", withWeight(listed, segment, 1)), 200);
        int id = customerId(json(call("POST", "/customers", "alice",
                "{\"name\":\"" + stem + "\",\"segment\":\"" + segment + "\",\"arr\":100000,\"currency\":\"USD\"}"), 201));
        String issue = issueWithoutEvidence();
        int insight = json(call("POST", "/insights", "admin",
                "{\"title\":\"" + stem + "\",\"source\":\"interview\",\"customerId\":" + id + "}"), 201).get("id").asInt();
        assertEquals(201, call("POST", "/insights/" + insight + "/links", "admin",
                "{\"issueKey\":\"" + issue + "\",\"importance\":2}").statusCode());
        double neutral = 2 * (1 + Math.log10(2));
        assertEquals(Math.round(neutral * 10) / 10.0,
                json(call("GET", "/issues/" + issue + "/evidence", "admin", null), 200).get("score").asDouble(), 0);

        json(call("PUT", SEGMENTS, "admin", withWeight(listed, segment, 2.5)), 200);
        JsonNode segments = json(call("GET", SEGMENTS, "alice", null), 200).get("segments");
        assertEquals(2.5, segments.get(segments.size() - 1).get("weight").asDouble(), 0);
        assertEquals(Math.round(2.5 * neutral * 10) / 10.0,
                json(call("GET", "/issues/" + issue + "/evidence", "admin", null), 200).get("score").asDouble(), 0);
    }

    /** The list read before, with the segment (at the end) weighing this much. */
    private static String withWeight(JsonNode listed, String segment, double weight) throws IOException {
        com.fasterxml.jackson.databind.node.ArrayNode segments = listed.get("segments").deepCopy();
        segments.addObject().put("name", segment).put("weight", weight);
        return JSON.writeValueAsString(Map.of("segments", segments));
    }

    @Test
    public void administratorsSetRatesEveryoneReadsThem() throws Exception {
        JsonNode saved = json(call("PUT", SETTINGS, "admin",
                "{\"base\":\"usd\",\"rates\":{\"EUR\":1.1,\"GBP\":1.3,\"CHF\":1.12,\"USD\":1}}"), 200);
        assertEquals("USD", saved.get("base").asText());
        JsonNode read = json(call("GET", SETTINGS, "alice", null), 200);
        assertEquals("USD", read.get("base").asText());
        assertEquals(1.12, read.get("rates").get("CHF").asDouble(), 0);
        assertEquals(1.1, read.get("rates").get("EUR").asDouble(), 0);
        assertEquals("the base is not a rate", 3, read.get("rates").size());
    }

    @Test
    public void badInputIsRefusedAndNothingChanges() throws Exception {
        String before = call("GET", SETTINGS, "admin", null).body();
        for (String body : new String[]{
                "{\"base\":\"DOLLARS\",\"rates\":{}}",
                "{\"base\":\"USD\",\"rates\":{\"EUR\":-1}}",
                "{\"base\":\"USD\",\"rates\":{\"EUR\":0,\"GBP\":1.27}}",
                "{\"base\":\"USD\",\"rates\":{\"EURO\":1.08,\"GBP\":1.27}}",
                "{\"base\":\"USD\",\"rates\":{\"EUR\":\"lots\",\"GBP\":1.27}}",
                "{\"base\":\"USD\"}",
                "not json"}) {
            int status = call("PUT", SETTINGS, "admin", body).statusCode();
            assertEquals(body, 4, status / 100);
        }
        assertEquals(before, call("GET", SETTINGS, "admin", null).body());
    }

    @Test
    public void onlyAdministratorsChangeRates() throws Exception {
        String before = call("GET", SETTINGS, "admin", null).body();
        assertEquals(403, call("PUT", SETTINGS, "alice", "{\"base\":\"EUR\",\"rates\":{\"USD\":0.93}}").statusCode());
        assertEquals(before, call("GET", SETTINGS, "admin", null).body());
    }

    @Test
    public void aCustomerInACurrencyWithoutARateIsA400() throws Exception {
        String name = "Yen Trading " + UNIQUE.incrementAndGet();
        HttpResponse<String> refused = call("POST", "/customers", "alice",
                "{\"name\":\"" + name + "\",\"arr\":1000000,\"currency\":\"JPY\"}");
        assertEquals(refused.body(), 400, refused.statusCode());
        assertThat(refused.body(), containsString("JPY"));
        assertEquals(0, json(call("GET", "/customers?query=" + name.replace(' ', '+'), "admin", null), 200).get("total").asInt());

        json(call("PUT", SETTINGS, "admin", "{\"base\":\"USD\",\"rates\":{\"EUR\":1.08,\"GBP\":1.27,\"JPY\":0.0067}}"), 200);
        json(call("POST", "/customers", "alice", "{\"name\":\"" + name + "\",\"arr\":1000000,\"currency\":\"JPY\"}"), 201);

        HttpResponse<String> orphaning = call("PUT", SETTINGS, "admin", DEFAULT);
        assertEquals("dropping JPY would orphan the customer", 409, orphaning.statusCode());
        assertThat(orphaning.body(), containsString(name));
        assertEquals(0.0067, json(call("GET", SETTINGS, "admin", null), 200).get("rates").get("JPY").asDouble(), 0);
        // leave the stand-in as found: the customer goes, then the default rates fit again
        int id = json(call("GET", "/customers?query=" + name.replace(' ', '+'), "admin", null), 200).get("values").get(0).get("id").asInt();
        assertEquals(204, call("DELETE", "/customers/" + id, "admin", null).statusCode());
    }

    @Test
    public void evidenceSumsArrInTheBaseCurrencyAndNamesIt() throws Exception {
        String stem = "Money " + UNIQUE.incrementAndGet();
        int dollars = customerId(json(call("POST", "/customers", "alice",
                "{\"name\":\"" + stem + " US\",\"arr\":24000,\"currency\":\"USD\"}"), 201));
        int euros = customerId(json(call("POST", "/customers", "alice",
                "{\"name\":\"" + stem + " EU\",\"arr\":120000,\"currency\":\"EUR\"}"), 201));
        String issue = issueWithoutEvidence();
        for (int customer : new int[]{dollars, euros}) {
            int insight = json(call("POST", "/insights", "admin",
                    "{\"title\":\"" + stem + "\",\"source\":\"interview\",\"customerId\":" + customer + "}"), 201).get("id").asInt();
            assertEquals(201, call("POST", "/insights/" + insight + "/links", "admin",
                    "{\"issueKey\":\"" + issue + "\",\"importance\":3}").statusCode());
        }
        JsonNode evidence = json(call("GET", "/issues/" + issue + "/evidence", "admin", null), 200);
        assertEquals("USD", evidence.get("currency").asText());
        assertEquals(24_000 + Math.round(120_000 * 1.08), evidence.get("totalArr").asLong());
        // v2: 3 × (1 + log10(1 + 24k/100k)) + 3 × (1 + log10(1 + 129.6k/100k)), to one decimal
        double expected = 3 * (1 + Math.log10(1.24)) + 3 * (1 + Math.log10(1 + 129_600 / 100_000.0));
        assertEquals(Math.round(expected * 10) / 10.0, evidence.get("score").asDouble(), 0);
    }

    private static String issueWithoutEvidence() throws Exception {
        for (int n = 1; ; n++) {
            HttpResponse<String> evidence = call("GET", "/issues/DATA-" + n + "/evidence", "admin", null);
            if (evidence.statusCode() == 200 && JSON.readTree(evidence.body()).get("insightCount").asInt() == 0) {
                return "DATA-" + n;
            }
            if (n > 500) {
                throw new AssertionError("no DATA issue without evidence");
            }
        }
    }

    private static int customerId(JsonNode customer) {
        return customer.get("id").asInt();
    }

    private static HttpResponse<String> call(String method, String path, String user, String body) throws IOException, InterruptedException {
        return JIRA.api(method, path, user, body);
    }

    private static JsonNode json(HttpResponse<String> response, int expectedStatus) throws IOException {
        return RunningStandIn.json(response, expectedStatus);
    }
}

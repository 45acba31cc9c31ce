package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * What the adversarial audit (shared/research/audits/adversary.md, F1 to F13) broke, on the stand-in: racing
 * writes end in one row and never answer 5xx; a stale edit is refused; bad input gets a clear 4xx and leaves the
 * affected rows as they were. Bursts are bounded (20 threads) and print how long they took.
 */
public class InsightsRobustnessIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/productops/1.0";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    // ---- F1, F6: races

    @Test
    public void aBurstOfLinksOfOnePairLeavesOneLinkAndNoServerError() throws Exception {
        int id = created("{\"title\":\"burst link " + UNIQUE.incrementAndGet() + "\",\"source\":\"other\"}");
        Map<Integer, AtomicInteger> statuses = burst(20, 50, i -> call("POST", "/insights/" + id + "/links", "admin",
                "{\"issueKey\":\"MOB-11\",\"importance\":" + (i % 4) + "}"));
        assertNoServerErrors(statuses);
        assertEquals("one 201, the rest 200", 1, statuses.get(201).get());
        JsonNode links = json(call("GET", "/insights/" + id, "admin", null), 200).get("links");
        assertEquals(links.toString(), 1, links.size());
        int mentions = 0;
        for (JsonNode insight : json(call("GET", "/issues/MOB-11/evidence", "admin", null), 200).get("insights")) {
            mentions += insight.get("id").asInt() == id ? 1 : 0;
        }
        assertEquals("the issue's evidence lists the insight once", 1, mentions);
    }

    @Test
    public void parallelImportsOfOneFileCreateEachRowOnce() throws Exception {
        String tag = "par" + UNIQUE.incrementAndGet();
        StringBuilder file = new StringBuilder("title,tags\n");
        for (int row = 0; row < 10; row++) {
            file.append("parallel row ").append(row).append(' ').append(tag).append(',').append(tag).append('\n');
        }
        Map<Integer, AtomicInteger> statuses = burst(10, 1, i -> csv(file.toString(), 2));
        assertNoServerErrors(statuses);
        assertEquals(10, json(call("GET", "/insights?tag=" + tag + "&maxResults=1", "admin", null), 200).get("total").asInt());
        JsonNode again = json(csv(file.toString(), 2), 200);
        assertEquals(0, again.get("created").asInt());
        assertEquals(10, again.get("duplicates").asInt());
    }

    @Test
    public void racingCustomersWithOneNameLeaveOneCustomer() throws Exception {
        String name = "Racing Corp " + UNIQUE.incrementAndGet();
        Map<Integer, AtomicInteger> statuses = burst(20, 1, i -> call("POST", "/customers", "admin", "{\"name\":\"" + name + "\"}"));
        assertNoServerErrors(statuses);
        assertEquals(1, statuses.get(201).get());
        assertEquals(19, statuses.get(409).get());
        assertEquals(1, json(call("GET", "/customers?query=" + name.replace(" ", "%20"), "admin", null), 200).get("total").asInt());
    }

    // ---- optimistic versioning

    @Test
    public void aStaleEditIsRefusedWithA409AndOverwritesNothing() throws Exception {
        int id = created("{\"title\":\"versioned\",\"source\":\"other\"}");
        JsonNode read = json(call("GET", "/insights/" + id, "admin", null), 200);
        assertEquals(1, read.get("version").asInt());
        JsonNode first = json(call("PUT", "/insights/" + id, "admin", "{\"title\":\"first edit\",\"source\":\"other\",\"version\":1}"), 200);
        assertEquals(2, first.get("version").asInt());

        HttpResponse<String> stale = call("PUT", "/insights/" + id, "admin", "{\"title\":\"stale edit\",\"source\":\"other\",\"version\":1}");
        assertEquals(stale.body(), 409, stale.statusCode());
        assertThat(JSON.readTree(stale.body()).get("errorMessages").get(0).asText(), containsString("version 2"));
        JsonNode now = json(call("GET", "/insights/" + id, "admin", null), 200);
        assertEquals("first edit", now.get("title").asText());
        assertEquals(2, now.get("version").asInt());

        HttpResponse<String> noVersion = call("PUT", "/insights/" + id, "admin", "{\"title\":\"blind\",\"source\":\"other\"}");
        assertEquals(422, noVersion.statusCode());
        assertTrue(JSON.readTree(noVersion.body()).get("errors").has("version"));
    }

    @Test
    public void ofTwentyEditsOfOneVersionExactlyOneWins() throws Exception {
        int id = created("{\"title\":\"contested\",\"source\":\"other\"}");
        Map<Integer, AtomicInteger> statuses = burst(20, 1, i -> call("PUT", "/insights/" + id, "admin",
                "{\"title\":\"edit " + i + "\",\"source\":\"other\",\"version\":1}"));
        assertNoServerErrors(statuses);
        assertEquals(1, statuses.get(200).get());
        assertEquals(19, statuses.get(409).get());
        assertEquals(2, json(call("GET", "/insights/" + id, "admin", null), 200).get("version").asInt());
    }

    // ---- F4, F5, F8 to F12: bad input, each refused with the field named, the affected rows unchanged

    @Test
    public void badInsightInputIsRefusedAndChangesNothing() throws Exception {
        int id = created("{\"title\":\"untouched\",\"source\":\"other\",\"capturedOn\":\"2026-01-02\"}");
        JsonNode before = json(call("GET", "/insights/" + id, "admin", null), 200);
        int total = total("/insights");
        String[][] cases = {
                {"{\"title\":123,\"source\":\"other\",\"version\":1}", "422", "title"},
                {"{\"title\":\"x\",\"source\":\"other\",\"tags\":[1,2],\"version\":1}", "422", "tags"},
                {"{\"title\":\"x\",\"source\":\"other\",\"customerId\":\"1\",\"version\":1}", "422", "customerId"},
                {"{\"title\":\"x\",\"source\":\"other\",\"version\":1} xyz", "400", null},
                {"{\"title\":\"nul \\u0000 here\",\"source\":\"other\",\"version\":1}", "422", "title"},
                {"{\"title\":\"x\",\"quote\":\"nul \\u0000\",\"source\":\"other\",\"version\":1}", "422", "quote"},
                {"{\"title\":\"\\ud800 lone\",\"source\":\"other\",\"version\":1}", "422", "title"},
                {"{\"title\":\"far\",\"source\":\"other\",\"capturedOn\":\"+10000-01-01\",\"version\":1}", "422", "capturedOn"},
                {"{\"title\":\"far\",\"source\":\"other\",\"capturedOn\":\"10000-01-01\",\"version\":1}", "422", "capturedOn"},
                {"{\"title\":\"zero\",\"source\":\"other\",\"capturedOn\":\"0000-01-01\",\"version\":1}", "422", "capturedOn"},
                {"{\"title\":\"gap\",\"source\":\"other\",\"capturedOn\":\"1582-10-10\",\"version\":1}", "422", "capturedOn"},
                {"{\"title\":\"\\u200b\\u200d\\ufeff\",\"source\":\"other\",\"version\":1}", "422", "title"},
                {"{\"title\":\"\\u202e\",\"source\":\"other\",\"version\":1}", "422", "title"},
        };
        for (String[] bad : cases) {
            for (String method : List.of("POST", "PUT")) {
                HttpResponse<String> response = call(method, method.equals("POST") ? "/insights" : "/insights/" + id, "admin", bad[0]);
                assertEquals(method + " " + bad[0] + " → " + response.body(), Integer.parseInt(bad[1]), response.statusCode());
                if (bad[2] != null) {
                    assertTrue(response.body(), JSON.readTree(response.body()).get("errors").has(bad[2]));
                }
            }
        }
        byte[] notUtf8 = "{\"title\":\"bad \u00ff\u00fe utf8\",\"source\":\"other\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(API + "/insights")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(notUtf8)), "admin").statusCode());
        assertEquals(400, call("GET", "/insights?query=a%00b", "admin", null).statusCode());
        assertEquals(400, call("GET", "/customers?query=a%00b", "admin", null).statusCode());
        assertEquals(total, total("/insights"));
        assertEquals(before, json(call("GET", "/insights/" + id, "admin", null), 200));
    }

    @Test
    public void badLinkAndDependencyInputIsRefused() throws Exception {
        int id = created("{\"title\":\"link types " + UNIQUE.incrementAndGet() + "\",\"source\":\"other\"}");
        HttpResponse<String> response = call("POST", "/insights/" + id + "/links", "admin", "{\"issueKey\":\"MOB-11\",\"importance\":\"3\"}");
        assertEquals(response.body(), 422, response.statusCode());
        assertTrue(JSON.readTree(response.body()).get("errors").has("importance"));
        assertEquals(0, json(call("GET", "/insights/" + id, "admin", null), 200).get("links").size());
    }

    @Test
    public void textIsCountedAsPeopleSeeItAndInternationalAddressesAreAccepted() throws Exception {
        String rockets = "\uD83D\uDE80".repeat(200);
        JsonNode created = json(call("POST", "/insights", "admin", "{\"title\":\"" + rockets + "\",\"source\":\"other\","
                + "\"sourceUrl\":\"https://例え.jp/パス?q=1\"}"), 201);
        assertEquals(rockets, created.get("title").asText());
        assertEquals("https://例え.jp/パス?q=1", created.get("sourceUrl").asText());
        assertEquals(422, call("POST", "/insights", "admin", "{\"title\":\"" + "\uD83D\uDE80".repeat(226) + "\",\"source\":\"other\"}").statusCode());
        JsonNode nfc = json(call("POST", "/insights", "admin", "{\"title\":\"  Cafe\\u0301\\u200b  \",\"source\":\"other\"}"), 201);
        assertEquals("Caf\u00e9", nfc.get("title").asText());
    }

    @Test
    public void customerNamesIgnoreInvisibleCharactersAndCurrenciesMustBeIso4217() throws Exception {
        String name = "Northwind " + UNIQUE.incrementAndGet();
        json(call("POST", "/customers", "admin", "{\"name\":\"" + name + " Traders\"}"), 201);
        int total = total("/customers");
        assertEquals(409, call("POST", "/customers", "admin", "{\"name\":\"" + name + "\\u200b Traders\"}").statusCode());
        assertEquals(409, call("POST", "/customers", "admin", "{\"name\":\"" + name.toUpperCase() + "  traders\"}").statusCode());
        assertEquals(422, call("POST", "/customers", "admin", "{\"name\":\"\\u200b\"}").statusCode());
        HttpResponse<String> currency = call("POST", "/customers", "admin", "{\"name\":\"Cur " + name + "\",\"currency\":\"XYZ\"}");
        assertEquals(422, currency.statusCode());
        assertTrue(JSON.readTree(currency.body()).get("errors").has("currency"));
        assertEquals(422, call("POST", "/customers", "admin", "{\"name\":5}").statusCode());
        assertEquals(422, call("POST", "/customers", "admin", "{\"name\":\"Arr " + name + "\",\"arr\":\"1000\"}").statusCode());
        assertEquals(total, total("/customers"));
        assertEquals(201, call("POST", "/customers", "admin", "{\"name\":\"Eur " + name + "\",\"currency\":\"eur\"}").statusCode());
    }

    // ---- F4, F5, F13: the CSV import

    @Test
    public void aBadRowIsRejectedAloneAndRowsAreTheFilesLines() throws Exception {
        String tag = "rows" + UNIQUE.incrementAndGet();
        String file = "title,capturedOn,tags\n"
                + "good A " + tag + ",2026-11-01," + tag + "\n"
                + "\n"
                + "far " + tag + ",+10000-01-01," + tag + "\n"
                + "nul \u0000 " + tag + ",," + tag + "\n"
                + "\"multi\nline " + tag + "\",1582-10-10," + tag + "\n"
                + "good B " + tag + ",2026-11-02," + tag + "\n";
        JsonNode report = json(csv(file, 2), 200);
        assertEquals(report.toString(), 2, report.get("created").asInt());
        JsonNode rejected = report.get("rejected");
        assertEquals(rejected.toString(), 3, rejected.size());
        assertEquals(4, rejected.get(0).get("row").asInt());
        assertThat(rejected.get(0).get("reason").asText(), containsString("capturedOn"));
        assertEquals(5, rejected.get(1).get("row").asInt());
        assertThat(rejected.get(1).get("reason").asText(), containsString("title"));
        assertEquals(6, rejected.get(2).get("row").asInt());
        assertEquals(2, json(call("GET", "/insights?tag=" + tag, "admin", null), 200).get("total").asInt());

        JsonNode batch = json(csv("title\n\n\nx " + tag + "\u0000\n", 1001), 200);
        assertEquals(1003, batch.get("rejected").get(0).get("row").asInt());
    }

    @Test
    public void duplicateColumnsAndOutOfRangeRowNumbersAreBadRequests() throws Exception {
        int total = total("/insights");
        assertEquals(400, csv("title,title\na,b\n", 2).statusCode());
        assertEquals(400, csv("title,Source URL,sourceUrl\na,,\n", 2).statusCode());
        assertEquals(400, csv("title,source\na,bad\n", Integer.MAX_VALUE).statusCode());
        assertEquals(total, total("/insights"));
    }

    // ---- helpers

    private interface Call {
        HttpResponse<String> run(int i) throws Exception;
    }

    /** threads × perThread calls at once; the answers' statuses counted. */
    private static Map<Integer, AtomicInteger> burst(int threads, int perThread, Call call) throws Exception {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int status = call.run(thread * perThread + i).statusCode();
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        statuses.computeIfAbsent(200, s -> new AtomicInteger());
        statuses.computeIfAbsent(201, s -> new AtomicInteger());
        statuses.computeIfAbsent(409, s -> new AtomicInteger());
        System.out.printf("burst of %d × %d: %s in %d ms%n", threads, perThread, statuses, (System.nanoTime() - start) / 1_000_000);
        return statuses;
    }

    private static void assertNoServerErrors(Map<Integer, AtomicInteger> statuses) {
        statuses.forEach((status, count) -> assertTrue("no 5xx: " + statuses, status < 500 || count.get() == 0));
    }

    private static int created(String body) throws Exception {
        return json(call("POST", "/insights", "admin", body), 201).get("id").asInt();
    }

    private static int total(String path) throws Exception {
        return json(call("GET", path + "?maxResults=1", "admin", null), 200).get("total").asInt();
    }

    private static HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(JIRA.url(API + path)));
        return JIRA.send(body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)), user);
    }

    private static HttpResponse<String> csv(String body, int firstRow) throws Exception {
        return JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(API + "/insights/import?firstRow=" + firstRow)))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8))), "admin");
    }

    private static JsonNode json(HttpResponse<String> response, int expectedStatus) throws Exception {
        assertEquals(response.body(), expectedStatus, response.statusCode());
        return JSON.readTree(response.body());
    }
}

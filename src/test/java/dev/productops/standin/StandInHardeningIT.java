package dev.productops.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The adversarial audit's findings about the stand-in itself (F2, F3, F7, F14), each as a user would meet it. */
public class StandInHardeningIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/productops/1.0";
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    @Test
    public void concurrentCapturesWithLinksAllSucceedAndTheStandInStaysResponsive() throws Exception {
        // F2: two parallel loops of captures that link an issue froze HSQLDB in LOCKS mode for good.
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                answers.add(threads.submit(() -> {
                    int created = 0;
                    for (int i = 0; i < 6; i++) {
                        String body = "{\"title\":\"parallel " + thread + "-" + i + "\",\"source\":\"other\",\"tags\":[\"par" + thread
                                + "\"],\"links\":[{\"issueKey\":\"MOB-20\",\"importance\":1}]}";
                        if (JIRA.send(json("POST", API + "/insights", body), "admin").statusCode() == 201) {
                            created++;
                        }
                    }
                    return created;
                }));
            }
            for (Future<Integer> answer : answers) {
                assertEquals("captures answered 201", 6, (int) answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(200, JIRA.get("/browse/MOB-3", "admin").statusCode());
        JsonNode listed = JSON.readTree(JIRA.get(API + "/insights?issueKey=MOB-20&maxResults=100", "admin").body());
        assertTrue(listed.get("total").asInt() >= 24);
    }

    @Test
    public void theEmbeddedDatabaseCommitsToDiskBeforeAnsweringAndDoesNotLockReaders() throws Exception {
        // F7: with write_delay_millis=100 a hard kill lost acknowledged writes; F2: LOCKS mode deadlocked.
        try (Connection connection = JIRA.standIn().entityManager().getProvider().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT PROPERTY_NAME, PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES "
                             + "WHERE PROPERTY_NAME IN ('hsqldb.write_delay', 'hsqldb.write_delay_millis', 'hsqldb.tx')");
             ResultSet rows = select.executeQuery()) {
            java.util.Map<String, String> properties = new java.util.HashMap<>();
            while (rows.next()) {
                properties.put(rows.getString(1), rows.getString(2));
            }
            assertEquals(properties.toString(), "mvcc", properties.get("hsqldb.tx").toLowerCase(java.util.Locale.ROOT));
            assertTrue(properties.toString(), properties.get("hsqldb.write_delay").equalsIgnoreCase("false")
                    || "0".equals(properties.get("hsqldb.write_delay_millis")));
        }
    }

    @Test
    public void aPostWithoutContentTypeFailsTheXsrfCheckLikeJira() throws Exception {
        // F3: a body-only POST is what a page on another origin can send with the user's cookies and no preflight.
        long before = total();
        HttpResponse<String> noType = JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(API + "/insights")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"XSRF\",\"source\":\"other\"}")), "admin");
        assertEquals(403, noType.statusCode());
        assertThat(noType.body(), containsString("XSRF check failed"));
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            HttpResponse<String> form = JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(API + "/customers")))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"XSRF Corp\"}")), "admin");
            assertEquals(type, 403, form.statusCode());
        }
        HttpResponse<String> csv = JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(API + "/insights/import")))
                .POST(HttpRequest.BodyPublishers.ofString("title\nXSRF import\n")), "admin");
        assertEquals(403, csv.statusCode());
        assertEquals("nothing was created", before, total());
    }

    @Test
    public void aBrowserPostFromAnotherOriginIsRefusedEvenAsJson() throws Exception {
        HttpResponse<String> forged = JIRA.send(json("POST", API + "/insights", "{\"title\":\"cross\",\"source\":\"other\"}")
                .header("User-Agent", BROWSER).header("Origin", "http://evil.example"), "admin");
        assertEquals(403, forged.statusCode());
        URI self = URI.create(JIRA.url("/"));
        HttpResponse<String> own = JIRA.send(json("POST", API + "/insights", "{\"title\":\"own page\",\"source\":\"other\"}")
                .header("User-Agent", BROWSER).header("Origin", self.getScheme() + "://" + self.getAuthority()), "admin");
        assertEquals(201, own.statusCode());
    }

    @Test
    public void scriptsAndToolsPassWithTheNoCheckHeaderOrJson() throws Exception {
        HttpResponse<String> token = JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(API + "/insights/import")))
                .header("Content-Type", "text/csv").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString("title\ntool import\n")), "admin");
        assertEquals(200, token.statusCode());
        assertEquals(201, JIRA.send(json("POST", API + "/insights", "{\"title\":\"curl\",\"source\":\"other\"}"), "admin").statusCode());
    }

    @Test
    public void pagesAndAnswersCarryJirasFramingAndSniffingHeaders() throws Exception {
        for (String path : List.of("/browse/PAY-1", "/secure/Dashboard.jspa", API + "/insights", "/login.jsp")) {
            HttpResponse<String> response = JIRA.get(path, "admin");
            assertEquals(path, "SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(""));
            assertEquals(path, "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    public void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url("/login.jsp")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=bob&os_password=bob")), null);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertThat(cookie, containsString("HttpOnly"));
        assertThat(cookie, containsString("SameSite=Lax"));
    }

    @Test
    public void oversizedGadgetPreferencesAreRefused() throws Exception {
        HttpResponse<String> added = JIRA.send(json("POST", "/rest/dashboards/1.0/10000/gadget",
                "{\"moduleKey\":\"" + "dev.productops.jira:metrics-dashboard-item" + "\"}"), "admin");
        assertEquals(added.body(), 201, added.statusCode());
        long gadget = JSON.readTree(added.body()).get("id").asLong();
        String huge = "{\"title\":\"" + "x".repeat(1024 * 1024) + "\"}";
        HttpResponse<String> big = JIRA.send(json("PUT", "/rest/dashboards/1.0/10000/gadget/" + gadget + "/prefs", huge), "admin");
        assertEquals(413, big.statusCode());
        assertEquals(204, JIRA.send(json("PUT", "/rest/dashboards/1.0/10000/gadget/" + gadget + "/prefs", "{\"title\":\"ok\"}"), "admin")
                .statusCode());
    }

    private static long total() throws Exception {
        return JSON.readTree(JIRA.get(API + "/insights?maxResults=1", "admin").body()).get("total").asLong();
    }

    private static HttpRequest.Builder json(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(JIRA.url(path))).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
}

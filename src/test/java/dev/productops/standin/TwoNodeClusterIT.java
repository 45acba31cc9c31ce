package dev.productops.standin;

import com.atlassian.scheduler.config.JobId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Two stand-in nodes of one Data Center cluster: they share nothing but a PostgreSQL database (a fresh schema per run)
 * and the shared home, each with its own data directory, OSGi cache and HTTP port. What one node writes, the other
 * reads at once; a cluster-wide job runs on one node; a node that stops loses nothing it acknowledged.
 * Needs PostgreSQL as .ci/run sets it up (database ao_test, user ao_user/ao_password); skipped without it, unless
 * -Dproductops.browser.tests=required (CI), where its absence fails the test.
 */
public class TwoNodeClusterIT {
    private static final String API = "/rest/productops/1.0";
    private static final JobId SNAPSHOT_JOB = JobId.of("dev.productops.jira:dependency-snapshot-daily");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ClassRule
    public static final TemporaryFolder FOLDERS = new TemporaryFolder();

    private static String schema;
    private static JiraStandIn a;
    private static JiraStandIn b;

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        CiPostgres.assumeReachable("the two-node cluster test");
        schema = CiPostgres.createSchema("cluster");
        Path sharedHome = FOLDERS.newFolder("shared-home").toPath();
        // One after the other, as an administrator brings up a cluster: the first node creates the tables and samples.
        a = node("node-a", sharedHome);
        b = node("node-b", sharedHome);
    }

    @AfterClass
    public static void stopNodes() throws Exception {
        for (JiraStandIn node : new JiraStandIn[]{a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (schema != null) {
            CiPostgres.dropSchema(schema);
        }
    }

    private static JiraStandIn node(String id, Path sharedHome) throws Exception {
        JiraStandIn.Settings settings = new JiraStandIn.Settings(0, FOLDERS.newFolder(id).toPath(), Optional.empty(),
                Paths.get(System.getProperty("productops.npm", "target/npm/node_modules")), 42L,
                Optional.of(new JiraStandIn.Database(CiPostgres.URL, CiPostgres.USER, CiPostgres.PASSWORD, schema)));
        return JiraStandIn.start(settings.asNode(new JiraStandIn.ClusterNode(id, sharedHome)));
    }

    @Test
    public void anInsightAndItsLinkWrittenOnOneNodeAreReadOnTheOther() throws Exception {
        HttpResponse<String> created = send(a, "POST", API + "/insights",
                "{\"title\":\"seen on both nodes\",\"source\":\"interview\",\"links\":[{\"issueKey\":\"PAY-3\",\"importance\":2}]}");
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).get("id").asLong();

        JsonNode onB = JSON.readTree(get(b, API + "/insights/" + id).body());
        assertEquals("seen on both nodes", onB.get("title").asText());
        assertEquals("PAY-3", onB.get("links").get(0).get("issueKey").asText());

        assertEquals(201, send(b, "POST", API + "/insights/" + id + "/links", "{\"issueKey\":\"MOB-3\",\"importance\":3}").statusCode());
        assertTrue(get(a, API + "/issues/MOB-3/evidence").body().contains("seen on both nodes"));
    }

    @Test
    public void aDependencyEditOnOneNodeIsOnTheBoardOfTheOther() throws Exception {
        long linkId = -1;
        for (JsonNode link : JSON.readTree(get(a, "/rest/api/2/issue/PAY-7").body()).get("fields").get("issuelinks")) {
            if (link.get("type").get("name").asText().equals("Blocks")) {
                linkId = link.get("id").asLong();
            }
        }
        HttpResponse<String> saved = send(a, "PUT", API + "/dependencies/" + linkId, "{\"note\":\"agreed on node A\",\"state\":\"committed\"}");
        assertEquals(saved.body(), 200, saved.statusCode());
        JsonNode onB = JSON.readTree(get(b, API + "/dependencies/" + linkId).body());
        assertEquals("agreed on node A", onB.get("note").asText());
        assertEquals("committed", onB.get("state").asText());
    }

    @Test
    public void adminSettingsChangedOnOneNodeApplyOnTheOther() throws Exception {
        assertEquals(200, send(a, "PUT", API + "/config/product-ops-group", "{\"group\":\"jira-software-users\"}").statusCode());
        assertEquals("jira-software-users", JSON.readTree(get(b, API + "/config/product-ops-group").body()).get("group").asText());

        HttpResponse<String> types = send(b, "PUT", API + "/config/link-types",
                "{\"dependencyLinkTypes\":[{\"name\":\"Blocks\",\"blocker\":\"source\"},{\"name\":\"Dependency\",\"blocker\":\"destination\"}]}");
        assertEquals(types.body(), 200, types.statusCode());
        JsonNode onA = JSON.readTree(get(a, API + "/config/link-types").body()).get("dependencyLinkTypes");
        assertEquals(onA.toString(), 2, onA.size());
        assertEquals("Dependency", onA.get(1).get("name").asText());

        // Plugin settings written next to the plugin's tables: a write inside an AO transaction answered 500 here.
        HttpResponse<String> rates = send(a, "PUT", API + "/settings/currency", "{\"base\":\"USD\",\"rates\":{\"EUR\":1.1,\"GBP\":1.3}}");
        assertEquals(rates.body(), 200, rates.statusCode());
        assertEquals(1.1, JSON.readTree(get(b, API + "/settings/currency").body()).get("rates").get("EUR").asDouble(), 0);
        JsonNode segments = JSON.readTree(get(b, API + "/settings/segments").body()).get("segments");
        ((com.fasterxml.jackson.databind.node.ArrayNode) segments).addObject().put("name", "Cluster segment").put("weight", 2);
        HttpResponse<String> listed = send(b, "PUT", API + "/settings/segments", JSON.writeValueAsString(Map.of("segments", segments)));
        assertEquals(listed.body(), 200, listed.statusCode());
        assertTrue(get(a, API + "/settings/segments").body().contains("{\"name\":\"Cluster segment\",\"weight\":2.0}"));
    }

    @Test
    public void theDailySnapshotRunsOnOneNodeOnlyWhenBothFindItDue() throws Exception {
        assertTrue(a.scheduler().isScheduled(SNAPSHOT_JOB));
        assertTrue(b.scheduler().isScheduled(SNAPSHOT_JOB));
        // Both nodes poll at the same moment, past the first run time (5 minutes after start), again and again.
        Instant due = Instant.now().plus(Duration.ofMinutes(10));
        ExecutorService pollers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> ran = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (JiraStandIn node : new JiraStandIn[]{a, b}) {
                    ran.add(pollers.submit((Callable<Integer>) () -> node.scheduler().runDueJobs(due)));
                }
            }
            int total = 0;
            for (Future<Integer> r : ran) {
                total += r.get(60, TimeUnit.SECONDS);
            }
            assertEquals("jobs run across the cluster", 1, total);
        } finally {
            pollers.shutdownNow();
        }
        assertEquals(1, a.scheduler().runCount(SNAPSHOT_JOB) + b.scheduler().runCount(SNAPSHOT_JOB));
        // The next run is a day later: neither node runs it again now.
        assertEquals(0, a.scheduler().runDueJobs(due) + b.scheduler().runDueJobs(due));
        assertEquals(1, a.scheduler().runDueJobs(due.plus(Duration.ofDays(1))) + b.scheduler().runDueJobs(due.plus(Duration.ofDays(1))));
    }

    @Test
    public void aNodeStoppedMidRequestLosesNothingItAcknowledged() throws Exception {
        JiraStandIn c = node("node-c", FOLDERS.getRoot().toPath().resolve("shared-home"));
        List<Long> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                loops.add(writers.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        try {
                            HttpResponse<String> r = send(c, "POST", API + "/insights",
                                    "{\"title\":\"stop test " + thread + "-" + i + "\",\"source\":\"other\",\"tags\":[\"stopped-node\"]}");
                            if (r.statusCode() == 201) {
                                acknowledged.add(JSON.readTree(r.body()).get("id").asLong());
                            }
                        } catch (Exception stopped) {
                            return;
                        }
                    }
                }));
            }
            while (acknowledged.size() < 10) {
                Thread.sleep(20);
            }
            c.close();
            for (Future<?> loop : loops) {
                loop.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        assertTrue(acknowledged.size() >= 10);
        for (long id : acknowledged) {
            assertEquals("insight " + id + " acknowledged by the stopped node", 200, get(b, API + "/insights/" + id).statusCode());
        }
    }

    private static HttpResponse<String> get(JiraStandIn node, String path) throws Exception {
        return HTTP.send(request(node, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(JiraStandIn node, String method, String path, String body) throws Exception {
        return HTTP.send(request(node, path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(JiraStandIn node, String path) {
        return HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
    }
}

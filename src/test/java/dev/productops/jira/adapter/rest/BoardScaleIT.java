package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.jira.adapter.jira.JiraDependencySource;
import dev.productops.standin.JiraStandIn;
import dev.productops.standin.sample.DcaptOrganisation;
import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostProject;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Issue 12 for the board: its cost follows the board, not the instance. The same 5-project board on a 50,000-issue
 * DCAPT-shaped instance and on that instance reduced to what the board may read (its projects, and the issues its
 * cycle walk can reach along Blocks links with all their links) reads exactly the same Jira rows, method by method.
 * Times are measured and written to target/board-scale.txt, not asserted (the machine is shared).
 * {@code -Dproductops.scale.issues=N} changes the instance size.
 */
public class BoardScaleIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ISSUES = Integer.getInteger("productops.scale.issues", 50_000);
    /** CycleWalk.MAX_STEPS: the walk reads the links of issues up to this many Blocks links beyond the board. */
    private static final int WALK_STEPS = 4;
    private static final int TIMED_RUNS = 5;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Measured(Map<String, Long> rowsByMethod, Map<String, Long> callsByMethod, long medianMillis, int bytes, int dependencies) {
    }

    @Test
    public void theSameBoardReadsTheSameJiraRowsOnTheInstanceAndOnWhatTheBoardMayRead() throws Exception {
        LocalDate today = LocalDate.now();
        HostData instance = DcaptOrganisation.generate(DcaptOrganisation.Size.parse("dcapt:" + ISSUES), 42L, today);
        // Five teams of middling size: not the few huge Zipf projects, not the many tiny ones.
        List<HostProject> bySize = instance.projects().stream()
                .sorted(Comparator.comparingInt((HostProject p) -> instance.issuesOf(p.id()).size()).reversed()).toList();
        List<String> keys = bySize.subList(5, 10).stream().map(HostProject::key).toList();
        HostData part = DcaptOrganisation.neighbourhood(instance, Set.copyOf(keys), SampleOrganisation.BLOCKS.id(), WALK_STEPS);
        assertTrue("the part is smaller than the instance", part.issues().size() < instance.issues().size());

        String board = "/rest/productops/1.0/board?projects=" + String.join(",", keys);
        // The part first: whatever the JVM learns on the first stand-in favours the second, the large one.
        Measured small = measure(part, board);
        Measured large = measure(instance, board);

        assertFalse("the board read links by type, instance-wide", large.rowsByMethod().containsKey("IssueLinkManager.getIssueLinks"));
        assertFalse("the board read links issue by issue", large.callsByMethod().containsKey("IssueLinkManager.getOutwardLinks"));
        int boardIssues = bySize.subList(5, 10).stream().mapToInt(p -> instance.issuesOf(p.id()).size()).sum();
        // Two bulk link reads per 1,000 board issues, and per step of the cycle walk (4 steps, 2,000 issues in all).
        long linkReadBound = 2L * ((boardIssues + 999) / 1000 + WALK_STEPS + 2);
        long linkReads = large.callsByMethod().getOrDefault("OfBizDelegator.findByCondition", 0L);
        assertTrue(linkReads + " bulk link reads for " + boardIssues + " board issues, at most " + linkReadBound,
                linkReads >= 2 && linkReads <= linkReadBound);
        // Browse permission and issue security come with Jira's search of the dependencies' ends, a thousand per search;
        // only the projects, and a walk step's few issues, are checked one by one.
        long permissionChecks = large.callsByMethod().getOrDefault("PermissionManager.hasPermission", 0L);
        long permissionBound = keys.size() + (long) WALK_STEPS * JiraDependencySource.CHECKED_ONE_BY_ONE;
        assertTrue(permissionChecks + " permission checks for " + boardIssues + " board issues, at most " + permissionBound,
                permissionChecks <= permissionBound);
        assertEquals("Jira rows read, method by method", small.rowsByMethod(), large.rowsByMethod());
        assertEquals("Jira calls, method by method", small.callsByMethod(), large.callsByMethod());
        assertEquals(small.bytes(), large.bytes());

        String report = String.format("board %s on dcapt:%d (%d issues, %d links) vs its part (%d issues, %d links)%n"
                        + "rows %d, calls %d, dependencies %d, JSON %d bytes%n"
                        + "median of %d: instance %d ms, part %d ms, ratio %.2f%n",
                String.join(",", keys), ISSUES, instance.issues().size(), instance.links().size(), part.issues().size(), part.links().size(),
                large.rowsByMethod().values().stream().mapToLong(Long::longValue).sum(),
                large.callsByMethod().values().stream().mapToLong(Long::longValue).sum(), large.dependencies(), large.bytes(),
                TIMED_RUNS, large.medianMillis(), small.medianMillis(), large.medianMillis() / (double) Math.max(1, small.medianMillis()));
        Files.writeString(Paths.get("target/board-scale.txt"), report + large.rowsByMethod() + System.lineSeparator());
        System.out.print(report);
    }

    private Measured measure(HostData data, String board) throws Exception {
        Path directory = folder.newFolder().toPath();
        JiraStandIn.Settings settings = new JiraStandIn.Settings(0, directory, Optional.empty(),
                Paths.get(System.getProperty("productops.npm", "target/npm/node_modules")), 42L);
        try (JiraStandIn jira = JiraStandIn.start(settings, data, false)) {
            for (int warm = 0; warm < 3; warm++) {
                HttpResponse<String> warming = get(jira, board);
                assertEquals(warming.body(), 200, warming.statusCode());
            }
            long[] millis = new long[TIMED_RUNS];
            HttpResponse<String> last = null;
            for (int run = 0; run < TIMED_RUNS; run++) {
                send(jira, HttpRequest.newBuilder(URI.create(jira.baseUrl() + "/rest/standin/1.0/jira-calls")).DELETE());
                long start = System.nanoTime();
                last = get(jira, board);
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            JsonNode calls = JSON.readTree(get(jira, "/rest/standin/1.0/jira-calls").body());
            Map<String, Long> rows = new TreeMap<>();
            Map<String, Long> counts = new TreeMap<>();
            for (JsonNode call : calls.get("calls")) {
                rows.put(call.get("method").asText(), call.get("rows").asLong());
                counts.put(call.get("method").asText(), call.get("count").asLong());
            }
            java.util.Arrays.sort(millis);
            return new Measured(rows, counts, millis[TIMED_RUNS / 2], last.body().getBytes(StandardCharsets.UTF_8).length,
                    JSON.readTree(last.body()).get("dependencies").size());
        }
    }

    private HttpResponse<String> get(JiraStandIn jira, String path) throws Exception {
        return send(jira, HttpRequest.newBuilder(URI.create(jira.baseUrl() + path)).GET());
    }

    private HttpResponse<String> send(JiraStandIn jira, HttpRequest.Builder request) throws Exception {
        String credentials = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package dev.productops.realjira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.Browser;
import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItems;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * scripts/real-jira-check against the stand-in, every part but the UPM upload (which the stand-in does not offer:
 * it hosts the plugin from its class path): enablement through UPM's plugin resource, every GET operation of the
 * REST API, and the four pages in Chromium without a console error.
 */
public class RealJiraCheckIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();

    @Rule
    public final TemporaryFolder screenshots = new TemporaryFolder();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void upmReportsThePluginAndEveryModuleToAdministratorsOnly() throws Exception {
        String path = "/rest/plugins/1.0/dev.productops.jira-key";
        assertEquals(401, JIRA.get(path, null).statusCode());
        assertEquals(403, JIRA.get(path, "alice").statusCode());
        assertEquals(404, JIRA.get("/rest/plugins/1.0/com.example.other-key", "admin").statusCode());

        HttpResponse<String> plugin = JIRA.get(path, "admin");
        assertEquals(200, plugin.statusCode());
        assertThat(plugin.headers().firstValue("Content-Type").orElse(""), containsString("application/vnd.atl.plugins.plugin+json"));
        JsonNode body = JSON.readTree(plugin.body());
        assertEquals("dev.productops.jira", body.get("key").asText());
        assertTrue(body.get("enabled").asBoolean());
        List<String> completeKeys = new ArrayList<>();
        for (JsonNode module : body.get("modules")) {
            assertTrue(module.get("completeKey").asText(), module.get("enabled").asBoolean());
            completeKeys.add(module.get("completeKey").asText());
        }
        // One of each kind the descriptor declares, by the keys written in atlassian-plugin.xml.
        assertThat(completeKeys, hasItems("dev.productops.jira:ao", "dev.productops.jira:rest", "dev.productops.jira:rest-migration",
                "dev.productops.jira:evidence-panel", "dev.productops.jira:insights-library", "dev.productops.jira:board-top-nav",
                "dev.productops.jira:metrics-gadget-resources", "dev.productops.jira:metrics-dashboard-item"));
    }

    @Test
    public void theCheckCallsEveryGetOperationOnceAndPasses() throws Exception {
        String output = check("--skip-browser", "--issue", "PAY-1");

        assertThat(output, containsString("enabled, with all"));
        int gets = RestEndpoints.getOperations(Paths.get("docs/openapi.yaml")).size();
        // Sample data has insights, customers and dependencies, so nothing is skipped; the metric is called per metric.
        assertThat(output, containsString((gets + 3) + " calls, all 2xx"));
        assertThat(output, containsString("200 GET /rest/productops/1.0/board?projects=PAY"));
        assertThat(output, containsString("200 GET /rest/productops/1.0/issues/PAY-1/evidence-panel"));
    }

    @Test
    public void theCheckOpensEveryPageWithoutAConsoleError() throws Exception {
        Browser.assumeInstalled();

        // No --issue: the check finds one through Jira's search, as it does on a Jira it knows nothing about.
        String output = check();

        assertThat(output, containsString("no console errors"));
        for (String page : List.of("issue-panel", "insights-library", "dependency-board", "dashboard")) {
            assertTrue(page, Files.size(screenshots.getRoot().toPath().resolve(page + ".png")) > 0);
        }
    }

    private String check(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--base-url", JIRA.url(""), "--user", "admin", "--skip-install",
                "--screenshots", screenshots.getRoot().toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new RealJiraCheck(CheckSettings.parse(args.toArray(String[]::new), Map.of("JIRA_PASSWORD", "admin")), print).run();
        } catch (CheckFailure e) {
            throw new AssertionError(out.toString(StandardCharsets.UTF_8) + "\n" + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

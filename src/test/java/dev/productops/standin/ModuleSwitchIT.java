package dev.productops.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

/**
 * An administrator switches the evidence panel off and on through UPM's module resource, as in Jira; the issue view
 * follows at once. The load test compares the issue view both ways.
 */
public class ModuleSwitchIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PANEL = "/rest/plugins/1.0/dev.productops.jira-key/modules/evidence-panel-key";

    @Test
    public void aDisabledPanelIsNotRenderedAndUpmSaysSo() throws Exception {
        assertThat(JIRA.get("/browse/PAY-7", "admin").body(), containsString("productops-evidence"));
        try {
            assertEquals(200, switchPanel(false, "admin").statusCode());
            assertThat(JIRA.get("/browse/PAY-7", "admin").body(), not(containsString("productops-evidence")));
            assertEquals(false, module(JSON.readTree(JIRA.get("/rest/plugins/1.0/dev.productops.jira-key", "admin").body())).get("enabled").asBoolean());
        } finally {
            assertEquals(200, switchPanel(true, "admin").statusCode());
        }
        assertThat(JIRA.get("/browse/PAY-7", "admin").body(), containsString("productops-evidence"));
    }

    @Test
    public void onlyAdministratorsSwitchModulesAndOnlyKnownOnes() throws Exception {
        assertEquals(403, switchPanel(false, "alice").statusCode());
        assertThat(JIRA.get("/browse/PAY-7", "alice").body(), containsString("productops-evidence"));
        HttpResponse<String> unknown = JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(
                "/rest/plugins/1.0/dev.productops.jira-key/modules/no-such-module-key")))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")), "admin");
        assertEquals(404, unknown.statusCode());
        HttpResponse<String> noFlag = JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(PANEL)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")), "admin");
        assertEquals(400, noFlag.statusCode());
    }

    private static HttpResponse<String> switchPanel(boolean enabled, String user) throws Exception {
        return JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(PANEL)))
                .header("Content-Type", "application/vnd.atl.plugins.plugin.module+json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}")), user);
    }

    private static JsonNode module(JsonNode plugin) {
        for (JsonNode module : plugin.get("modules")) {
            if (module.get("key").asText().equals("evidence-panel")) {
                return module;
            }
        }
        throw new AssertionError("no evidence-panel module in " + plugin);
    }
}

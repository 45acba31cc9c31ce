package dev.productops.realjira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits until UPM reports the plugin and every one of its modules enabled ({@code GET /rest/plugins/1.0/{key}-key}).
 * A module that stays disabled means Jira could not build it (a missing class or service, a bad descriptor
 * element), which an installed-but-broken app otherwise only shows as a missing panel or page.
 */
final class PluginEnablement {
    static final String PLUGIN_JSON = "application/vnd.atl.plugins.plugin+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JiraHttp jira;
    private final Duration timeout;
    private final Duration interval;

    PluginEnablement(JiraHttp jira, Duration timeout, Duration interval) {
        this.jira = jira;
        this.timeout = timeout;
        this.interval = interval;
    }

    /** @return how many modules the plugin has, all enabled */
    int await(String pluginKey) throws IOException, InterruptedException, CheckFailure {
        Instant deadline = Instant.now().plus(timeout);
        String lastState;
        do {
            HttpResponse<String> response = jira.get(UpmInstall.UPM + pluginKey + "-key", PLUGIN_JSON);
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new CheckFailure("UPM answered " + response.statusCode() + " for the plugin: the user must be a Jira administrator.");
            }
            if (response.statusCode() == 200) {
                JsonNode plugin = JSON.readTree(response.body());
                List<String> disabled = new ArrayList<>();
                for (JsonNode module : plugin.path("modules")) {
                    if (!module.path("enabled").asBoolean(false)) {
                        disabled.add(module.path("completeKey").asText(pluginKey + ":" + module.path("key").asText()));
                    }
                }
                boolean enabled = plugin.path("enabled").asBoolean(false);
                if (enabled && disabled.isEmpty()) {
                    return plugin.path("modules").size();
                }
                lastState = (enabled ? "the plugin is enabled" : "the plugin is disabled")
                        + (disabled.isEmpty() ? "" : "; disabled modules: " + String.join(", ", disabled));
            } else if (response.statusCode() == 404) {
                lastState = "UPM does not list the plugin (404): it is not installed";
            } else {
                lastState = "UPM answered HTTP " + response.statusCode();
            }
            Thread.sleep(interval.toMillis());
        } while (Instant.now().isBefore(deadline));
        throw new CheckFailure(pluginKey + " was not fully enabled after " + timeout.toSeconds() + " s: " + lastState
                + ". Jira's log (atlassian-jira.log) says why a module could not be enabled.");
    }
}

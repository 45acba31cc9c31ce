package dev.productops.realjira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.Browser;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code scripts/real-jira-check}: proves the app works on a real Jira (or the stand-in). In order: install the jar
 * through UPM's REST API, wait until the plugin and every module are enabled, call each GET operation of our REST
 * API once, and open the panel, library, board and dashboard in headless Chromium, failing on any console error.
 * Exit status 0 when all passed, 1 when the check failed, 2 for bad arguments.
 */
public final class RealJiraCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CheckSettings settings;
    private final PrintStream out;
    private final JiraHttp jira;

    RealJiraCheck(CheckSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.jira = new JiraHttp(settings.baseUrl(), settings.user(), settings.password());
    }

    public static void main(String[] args) throws Exception {
        CheckSettings settings;
        try {
            settings = CheckSettings.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(CheckSettings.USAGE);
            System.exit(2);
            return;
        }
        try {
            new RealJiraCheck(settings, System.out).run();
            System.out.println("PASSED: Product Ops for Jira works on " + settings.baseUrl());
        } catch (CheckFailure e) {
            System.out.println();
            System.out.println("FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    void run() throws CheckFailure, IOException, InterruptedException {
        if (settings.skipInstall()) {
            out.println("1. Install: skipped (--skip-install)");
        } else {
            String version = jiraJson("/rest/api/2/serverInfo", "Jira's version").path("version").asText();
            Path jar = settings.jarFor(version);
            out.println("1. Installing " + jar + " through UPM at " + settings.baseUrl() + " (Jira " + version + ")");
            new UpmInstall(jira, settings.timeout()).install(jar);
        }
        out.println("2. Waiting until " + settings.pluginKey() + " and all its modules are enabled");
        int modules = new PluginEnablement(jira, settings.timeout(), Duration.ofSeconds(2)).await(settings.pluginKey());
        out.println("  enabled, with all " + modules + " modules");

        RestEndpoints.Subject subject = subject();
        out.println("3. Calling every GET operation of " + RestEndpoints.BASE + " (issue " + subject.issueKey()
                + ", project " + subject.projectKey() + ")");
        int calls = new RestEndpoints(jira, settings.openApi(), out).callAll(subject);
        out.println("  " + calls + " calls, all 2xx");

        if (settings.skipBrowser()) {
            out.println("4. Browser: skipped (--skip-browser)");
            return;
        }
        out.println("4. Opening the panel, library, board and dashboard in headless Chromium");
        if (!Browser.installed()) {
            throw new CheckFailure("Chromium and chromedriver are needed for the browser part (apt-get install chromium chromium-driver),"
                    + " or pass --skip-browser");
        }
        WebDriver driver = Browser.chromium();
        try {
            new BrowserPages(driver, settings.baseUrl(), settings.screenshots(), Duration.ofSeconds(30), out)
                    .check(settings.user(), settings.password(), subject);
        } finally {
            driver.quit();
        }
        out.println("  no console errors");
    }

    /** The issue to read: the one asked for, else the first the administrator can find. */
    private RestEndpoints.Subject subject() throws IOException, InterruptedException, CheckFailure {
        JsonNode issue;
        if (settings.issueKey().isPresent()) {
            String key = settings.issueKey().get();
            issue = jiraJson("/rest/api/2/issue/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "?fields=project",
                    "issue " + key);
        } else {
            JsonNode found = jiraJson("/rest/api/2/search?maxResults=1&fields=project", "a search for any issue").path("issues");
            if (found.isEmpty()) {
                throw new CheckFailure("This Jira has no issue the user can see; create one or pass --issue KEY.");
            }
            issue = found.get(0);
        }
        String key = issue.path("key").asText();
        String project = issue.path("fields").path("project").path("key").asText(key.substring(0, Math.max(0, key.lastIndexOf('-'))));
        return new RestEndpoints.Subject(key, project);
    }

    private JsonNode jiraJson(String path, String what) throws IOException, InterruptedException, CheckFailure {
        HttpResponse<String> response = jira.get(path, "application/json");
        if (response.statusCode() != 200) {
            throw new CheckFailure("Jira answered " + response.statusCode() + " to " + what + " (GET " + path + "): " + response.body());
        }
        return JSON.readTree(response.body());
    }
}

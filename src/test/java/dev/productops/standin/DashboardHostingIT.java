package dev.productops.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The system dashboard hosts the plugin's dashboard items as Jira does: every user sees it, only administrators change
 * it, through JSON-only calls; and the issue navigator lists what a gadget's number stands for.
 */
public class DashboardHostingIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GADGETS = "/rest/dashboards/1.0/10000/gadget";
    private static final String ITEM = "dev.productops.jira:metrics-dashboard-item";

    @Test
    public void anAdministratorAddsConfiguresAndRemovesAGadgetThatEveryoneSees() throws Exception {
        HttpResponse<String> added = JIRA.send(json("POST", GADGETS, "{\"moduleKey\":\"" + ITEM + "\"}"), "admin");
        assertEquals(201, added.statusCode());
        long id = JSON.readTree(added.body()).get("id").asLong();

        String page = JIRA.get("/secure/Dashboard.jspa", "alice").body();
        assertThat(page, containsString("data-gadget-id=\"" + id + "\""));
        assertThat(page, containsString("data-amd-module=\"productops/metrics-gadget\""));
        assertThat("dashboard items' web resources come with the page", page,
                containsString("dev.productops.jira:metrics-gadget-resources/metrics-gadget.js"));
        assertTrue("the AMD loader comes before any plugin script",
                page.indexOf("standin/amd-loader.js") < page.indexOf("dev.productops.jira:"));
        assertThat(page, containsString("data-editable=\"false\""));
        assertThat("only administrators get Add gadget", page, not(containsString("id=\"standin-add-gadget\"")));

        assertEquals(204, JIRA.send(json("PUT", GADGETS + "/" + id + "/prefs",
                "{\"metric\":\"evidence-coverage\",\"projects\":\"PAY,CHK\",\"threshold\":3}"), "admin").statusCode());
        JsonNode gadget = gadget(id);
        assertEquals("Jira keeps preferences as strings", "3", gadget.get("preferences").get("threshold").asText());
        assertThat(JIRA.get("/secure/Dashboard.jspa", "admin").body(), containsString("id=\"standin-add-gadget\""));

        assertEquals(204, JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(GADGETS + "/" + id))).DELETE(), "admin").statusCode());
        assertThat(JIRA.get("/secure/Dashboard.jspa", "admin").body(), not(containsString("data-gadget-id=\"" + id + "\"")));
    }

    @Test
    public void onlyAdministratorsChangeTheDashboardAndOnlyWithJson() throws Exception {
        long id = JSON.readTree(JIRA.send(json("POST", GADGETS, "{\"moduleKey\":\"" + ITEM + "\"}"), "admin").body()).get("id").asLong();

        HttpResponse<String> alice = JIRA.send(json("PUT", GADGETS + "/" + id + "/prefs", "{\"metric\":\"top-evidence\"}"), "alice");
        assertEquals(403, alice.statusCode());
        assertThat(JSON.readTree(alice.body()).get("errorMessages").get(0).asText(), containsString("permission"));
        assertEquals(403, JIRA.send(json("POST", GADGETS, "{\"moduleKey\":\"" + ITEM + "\"}"), "bob").statusCode());
        assertEquals(403, JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(GADGETS + "/" + id))).DELETE(), "bob").statusCode());

        HttpRequest.Builder form = HttpRequest.newBuilder(URI.create(JIRA.url(GADGETS + "/" + id + "/prefs")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("metric=top-evidence"));
        assertEquals("a cross-site form cannot send JSON", 415, JIRA.send(form, "admin").statusCode());
        HttpRequest.Builder text = HttpRequest.newBuilder(URI.create(JIRA.url(GADGETS)))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"moduleKey\":\"" + ITEM + "\"}"));
        assertEquals("a text/plain POST fails Jira's XSRF check", 403, JIRA.send(text, "admin").statusCode());

        assertEquals(400, JIRA.send(json("POST", GADGETS, "{\"moduleKey\":\"someone.else:gadget\"}"), "admin").statusCode());
        assertEquals(400, JIRA.send(json("PUT", GADGETS + "/" + id + "/prefs", "{\"metric\": [1, 2]}"), "admin").statusCode());
        assertEquals(400, JIRA.send(json("PUT", GADGETS + "/" + id + "/prefs", "not json"), "admin").statusCode());
        assertEquals(404, JIRA.send(json("PUT", GADGETS + "/99999/prefs", "{}"), "admin").statusCode());
        assertEquals(404, JIRA.send(json("POST", "/rest/dashboards/1.0/12345/gadget", "{\"moduleKey\":\"" + ITEM + "\"}"), "admin").statusCode());
        assertEquals(401, JIRA.send(json("POST", GADGETS, "{\"moduleKey\":\"" + ITEM + "\"}"), null).statusCode());
        assertEquals("nothing changed", 0, gadget(id).get("preferences").size());
    }

    @Test
    public void theGadgetThumbnailIsServed() throws Exception {
        HttpResponse<String> thumbnail = JIRA.get("/download/resources/dev.productops.jira:metrics-gadget-resources/metrics-thumbnail.svg", null);
        assertEquals(200, thumbnail.statusCode());
        assertThat(thumbnail.headers().firstValue("Content-Type").orElse(""), containsString("image/svg+xml"));
        assertEquals("as Jira, the browser must not guess types", "nosniff",
                thumbnail.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(200, JIRA.get("/download/resources/standin/amd-loader.js", null).statusCode());
        assertEquals(404, JIRA.get("/download/resources/standin/../atlassian-plugin.xml", null).statusCode());
    }

    @Test
    public void theIssueNavigatorListsWhatTheJqlFindsForTheViewer() throws Exception {
        String admin = JIRA.get("/issues/?jql=" + enc("key in (PAY-7, MOB-3) ORDER BY key"), "admin").body();
        assertThat(admin, containsString("data-issuekey=\"MOB-3\""));
        assertThat(admin, containsString("data-issuekey=\"PAY-7\""));
        assertTrue("in key order", admin.indexOf("data-issuekey=\"MOB-3\"") < admin.indexOf("data-issuekey=\"PAY-7\""));
        assertThat(admin, containsString("href=\"/jira/browse/PAY-7\""));

        String bob = JIRA.get("/issues/?jql=" + enc("project in (PAY, MOB)"), "bob").body();
        assertThat("bob cannot browse PAY: Jira says it does not exist", bob,
                containsString("The value &#39;PAY&#39; does not exist for the field &#39;project&#39;."));
        assertThat(bob, not(containsString("data-issuekey=\"PAY-")));
        String mob = JIRA.get("/issues/?jql=" + enc("project = MOB AND resolved >= 2000-01-01 ORDER BY resolved DESC"), "bob").body();
        assertThat(mob, not(containsString("data-issuekey=\"PAY-")));

        String unsupported = JIRA.get("/issues/?jql=" + enc("assignee = bob"), "admin").body();
        assertThat(unsupported, containsString("The field &#39;assignee&#39; is not supported here."));
        assertThat("the JQL is shown back, escaped", JIRA.get("/issues/?jql=" + enc("\"<b>\""), "admin").body(),
                containsString("value=\"&quot;&lt;b&gt;&quot;\""));
    }

    @Test
    public void theSampleOrganisationsDashboardOpensOnTheFourMetricsConfigured() throws Exception {
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (JsonNode gadget : JSON.readTree(JIRA.get(GADGETS, "admin").body()).get("gadgets")) {
            JsonNode preferences = gadget.get("preferences");
            placed.add(preferences.path("metric").asText() + " for " + preferences.path("projects").asText()
                    + " over " + preferences.path("period").asText() + " weeks");
        }
        for (String expected : java.util.List.of("evidence-coverage for PAY,CHK,MOB,SRCH over 12 weeks",
                "top-evidence for PAY,CHK,MOB,SRCH over 12 weeks", "dependency-health for PAY,CHK,MOB,PLAT,SRCH,DATA over 12 weeks",
                "insight-intake for  over 12 weeks")) {
            assertTrue("on the dashboard: " + expected + ", among " + placed, placed.contains(expected));
        }
    }

    private static JsonNode gadget(long id) throws Exception {
        for (JsonNode gadget : JSON.readTree(JIRA.get(GADGETS, "admin").body()).get("gadgets")) {
            if (gadget.get("id").asLong() == id) {
                return gadget;
            }
        }
        throw new AssertionError("no gadget " + id);
    }

    private static HttpRequest.Builder json(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(JIRA.url(path))).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

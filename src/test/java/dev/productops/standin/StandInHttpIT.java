package dev.productops.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.sample.SampleOrganisation;
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

/** The stand-in behaves like Jira where our plugin and tests depend on it: login, issue pages, REST v2. */
public class StandInHttpIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CYCLE_ISSUE = SampleOrganisation.LANDMARKS.blocksCycle().get(0);

    @Test
    public void anonymousPageViewsGoToTheLoginPageAndComeBack() throws Exception {
        HttpResponse<String> response = JIRA.get("/browse/PAY-1", null);
        assertEquals(302, response.statusCode());
        assertThat(response.headers().firstValue("Location").orElse(""), containsString("/jira/login.jsp?os_destination=%2Fbrowse%2FPAY-1"));
    }

    @Test
    public void theLoginFormSignsInAndRedirectsOnlyInsideJira() throws Exception {
        HttpResponse<String> good = JIRA.send(form("os_username=alice&os_password=alice&os_destination=" + enc("/browse/PAY-1")), null);
        assertEquals(302, good.statusCode());
        assertThat(good.headers().firstValue("Location").orElse(""), containsString("/jira/browse/PAY-1"));

        HttpResponse<String> offsite = JIRA.send(form("os_username=alice&os_password=alice&os_destination=" + enc("//evil.example/")), null);
        assertThat(offsite.headers().firstValue("Location").orElse(""), containsString("/jira/secure/Dashboard.jspa"));

        HttpResponse<String> bad = JIRA.send(form("os_username=alice&os_password=wrong"), null);
        assertEquals(401, bad.statusCode());
        assertThat(bad.body(), containsString("username and password are incorrect"));
    }

    @Test
    public void anonymousRestCallsGetJirasUnauthorisedJson() throws Exception {
        HttpResponse<String> response = JIRA.get("/rest/api/2/issue/PAY-1", null);
        assertEquals(401, response.statusCode());
        assertTrue(JSON.readTree(response.body()).get("errorMessages").get(0).asText().contains("not authenticated"));
        assertEquals(401, JIRA.get("/rest/productops/1.0/issues/PAY-1/evidence", null).statusCode());
    }

    @Test
    public void serverInfoNamesTheJiraVersionWhoseHostPackagesItExports() throws Exception {
        HttpResponse<String> response = JIRA.get("/rest/api/2/serverInfo", "admin");
        assertEquals(200, response.statusCode());
        com.fasterxml.jackson.databind.JsonNode info = JSON.readTree(response.body());
        // the Jira 11 run renames this file to jira-11-exports.properties, as it renames the stand-in's own reference
        java.util.Properties exports = new java.util.Properties();
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("standin/jira-10.3-exports.properties")) {
            exports.load(in);
        }
        String version = exports.getProperty("com.atlassian.jira.issue");
        assertEquals(version, info.get("version").asText());
        assertEquals("[" + version.replace('.', ',') + "]", info.get("versionNumbers").toString());
    }

    @Test
    public void wrongBasicCredentialsAreRefused() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(JIRA.url("/rest/api/2/issue/PAY-1")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:nope".getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, JIRA.send(request, null).statusCode());
    }

    @Test
    public void theIssuePageShowsTheIssueAndThePluginsPanel() throws Exception {
        HttpResponse<String> page = JIRA.get("/browse/" + CYCLE_ISSUE, "admin");
        assertEquals(200, page.statusCode());
        String summary = JIRA.standIn().data().issueByKey(CYCLE_ISSUE).orElseThrow().summary();
        assertThat(page.body(), containsString(summary));
        assertThat(page.body(), containsString("data-web-panel=\"dev.productops.jira:evidence-panel\""));
        assertThat(page.body(), containsString("Customer evidence"));
        assertThat(page.body(), containsString("dev.productops.jira:evidence-panel-resources/evidence-panel.css"));
    }

    @Test
    public void unknownAndHiddenIssuesLookTheSame() throws Exception {
        HttpResponse<String> unknown = JIRA.get("/browse/PAY-99999", "bob");
        HttpResponse<String> hidden = JIRA.get("/browse/PAY-1", "bob");
        assertEquals(404, unknown.statusCode());
        assertEquals(404, hidden.statusCode());
        assertThat(hidden.body(), not(containsString(JIRA.standIn().data().issueByKey("PAY-1").orElseThrow().summary())));
    }

    @Test
    public void issueLinksToHiddenIssuesAreNotShown() throws Exception {
        // alice cannot browse SRCH or DATA: the conflict SRCH-8 blocks CHK-20 must not reveal SRCH-8 to her.
        String page = JIRA.get("/browse/CHK-20", "alice").body();
        assertThat(page, not(containsString("SRCH-8")));
        assertThat(JIRA.get("/browse/CHK-20", "admin").body(), containsString("SRCH-8"));
        JsonNode issue = JSON.readTree(JIRA.get("/rest/api/2/issue/CHK-20", "alice").body());
        assertThat(issue.toString(), not(containsString("SRCH-8")));
    }

    @Test
    public void searchSupportsTheJqlSubsetAndPaging() throws Exception {
        JsonNode result = JSON.readTree(JIRA.get("/rest/api/2/search?jql=" + enc("project in (PAY, MOB) ORDER BY key")
                + "&startAt=1&maxResults=2", "admin").body());
        assertEquals(1, result.get("startAt").asInt());
        assertEquals(2, result.get("issues").size());
        long expected = JIRA.standIn().data().issues().stream()
                .filter(i -> i.key().startsWith("PAY-") || i.key().startsWith("MOB-")).count();
        assertEquals(expected, result.get("total").asLong());
    }

    @Test
    public void searchCountsOnlyWhatTheViewerMayBrowse() throws Exception {
        JsonNode bobs = JSON.readTree(JIRA.get("/rest/api/2/search?jql=", "bob").body());
        long mob = JIRA.standIn().data().issues().stream().filter(i -> i.key().startsWith("MOB-")).count();
        assertEquals(mob, bobs.get("total").asLong());
    }

    @Test
    public void unsupportedJqlIsABadRequestInJirasShape() throws Exception {
        HttpResponse<String> response = JIRA.get("/rest/api/2/search?jql=" + enc("assignee = bob"), "admin");
        assertEquals(400, response.statusCode());
        assertThat(JSON.readTree(response.body()).get("errorMessages").get(0).asText(), containsString("assignee"));
        assertEquals(400, JIRA.get("/rest/api/2/search?startAt=-1", "admin").statusCode());
        assertEquals(400, JIRA.get("/rest/api/2/search?maxResults=lots", "admin").statusCode());
    }

    @Test
    public void thePickerFindsVisibleIssuesOnly() throws Exception {
        JsonNode picker = JSON.readTree(JIRA.get("/rest/api/2/issue/picker?query=PAY-1", "bob").body());
        assertThat(picker.toString(), not(containsString("\"PAY-1\"")));
        JsonNode admin = JSON.readTree(JIRA.get("/rest/api/2/issue/picker?query=PAY-1", "admin").body());
        assertThat(admin.toString(), containsString("\"PAY-1\""));
    }

    @Test
    public void theGroupPickerAnswersInJirasShape() throws Exception {
        JsonNode picker = JSON.readTree(JIRA.get("/rest/api/2/groups/picker?query=JIRA&maxResults=1", "admin").body());
        assertEquals("Showing 1 of 2 matching groups", picker.get("header").asText());
        assertEquals(2, picker.get("total").asInt());
        assertEquals("jira-administrators", picker.get("groups").get(0).get("name").asText());
        assertEquals("<b>jira</b>-administrators", picker.get("groups").get(0).get("html").asText());
        assertEquals(400, JIRA.get("/rest/api/2/groups/picker?maxResults=lots", "admin").statusCode());
        assertEquals(401, JIRA.get("/rest/api/2/groups/picker?query=jira", null).statusCode());
    }

    @Test
    public void webResourcesAndAuiAreServedWithoutLogin() throws Exception {
        HttpResponse<String> css = JIRA.get("/download/resources/dev.productops.jira:evidence-panel-resources/evidence-panel.css", null);
        assertEquals(200, css.statusCode());
        assertThat(css.headers().firstValue("Content-Type").orElse(""), containsString("text/css"));
        assertEquals(404, JIRA.get("/download/resources/dev.productops.jira:evidence-panel-resources/../../atlassian-plugin.xml", null).statusCode());
    }

    private static HttpRequest.Builder form(String body) {
        return HttpRequest.newBuilder(URI.create(JIRA.url("/login.jsp")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

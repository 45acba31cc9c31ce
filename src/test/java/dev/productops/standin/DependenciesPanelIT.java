package dev.productops.standin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productops.standin.host.JiraCalls;
import dev.productops.standin.host.StandInTimeZones;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The issue view's Dependencies panel over HTTP on the sample organisation: the cycle as the daily snapshot recorded
 * it, an at-risk dependency judged as the board judges it, what bob may not learn, what a view costs in Jira calls
 * and SQL, and that switching the panel off leaves the evidence panel alone.
 */
public class DependenciesPanelIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final String PANEL = "data-web-panel=\"dev.productops.jira:dependencies-panel\"";
    private static final String UPM_MODULE = "/rest/plugins/1.0/dev.productops.jira-key/modules/";

    @Test
    public void theCycleIsToldWithItsNeighboursAndTheDayTheSnapshotRecordedIt() throws Exception {
        String panel = panel("PAY-7", "admin");
        // The landmark cycle PAY-7 → CHK-12 → PLAT-5 → PAY-7: PAY-7's neighbours on it are CHK-12 and PLAT-5. The sample
        // snapshot is taken today, as the daily job sees today (Jira's default zone).
        LocalDate recorded = LocalDate.now(StandInTimeZones.configuredDefault());
        assertThat(panel, containsString("In a cycle"));
        assertThat(panel, containsString("A cycle of 3 issues through CHK-12, PLAT-5, as of " + recorded
                + ": none of them can finish first."));
        String query = boardQuery(panel);
        assertTrue(query, query.startsWith("projects=PAY%2C"));
        assertThat(query, containsString("CHK"));
        assertThat(query, containsString("PLAT"));
        assertThat(query, containsString("&focus=PAY-7"));
        // alice browses PAY, CHK and PLAT: she is told too.
        assertThat(panel("PAY-7", "alice"), containsString("A cycle of 3 issues through CHK-12, PLAT-5"));
    }

    @Test
    public void aProblemIsOneLineWithTheStateAndReasonTheBoardGives() throws Exception {
        // DATA-4 → PAY-22: same-dated sprints of two teams, at risk ("must land early"), or blocked once PAY-22's sprint
        // has started. Whichever it is today, the panel says what the board says, in the board's words.
        JsonNode board = RunningStandIn.json(JIRA.api("GET", "/board?projects=PAY,DATA&all=1", "admin", null), 200);
        JsonNode dependency = null;
        for (JsonNode d : board.get("dependencies")) {
            if (d.get("from").asText().equals("DATA-4") && d.get("to").asText().equals("PAY-22")) {
                dependency = d;
            }
        }
        String state = dependency.get("state").asText();
        assertTrue(state, List.of("at-risk", "blocked").contains(state));
        String label = Map.of("at-risk", "At risk", "blocked", "Blocked").get(state);
        String reason = dependency.get("reasons").get(0).get("message").asText();

        String dependent = panel("PAY-22", "admin");
        assertThat(dependent, containsString(label + "</span> <span class=\"productops-dependencies-who\">Waits for DATA-4</span>: "
                + html(reason) + "</li>"));
        String blocker = panel("DATA-4", "admin");
        assertThat(blocker, containsString(label + "</span> <span class=\"productops-dependencies-who\">PAY-22 waits for this issue</span>: "
                + html(reason) + "</li>"));
        assertThat(blocker, not(containsString("In a cycle")));
    }

    @Test
    public void bobIsToldNothingAboutIssuesHeCannotBrowse() throws Exception {
        // PAY-15 → MOB-3 and CHK-30 → MOB-17 are at risk; bob browses MOB only, so neither blocker may be named to him.
        assertThat(panel("MOB-3", "admin"), containsString("Waits for PAY-15"));
        assertThat(panel("MOB-17", "admin"), containsString("Waits for CHK-30"));
        for (String key : List.of("MOB-3", "MOB-17")) {
            String page = JIRA.get("/browse/" + key, "bob").body();
            assertEquals(200, JIRA.get("/browse/" + key, "bob").statusCode());
            assertThat(page, not(containsString("PAY-15")));
            assertThat(page, not(containsString("CHK-30")));
            assertThat(page, not(containsString("projects=MOB%2CPAY")));
        }
    }

    @Test
    public void anIssueWithoutDependenciesHasNoPanel() throws Exception {
        HostData data = JIRA.standIn().data();
        HostIssue lonely = data.issues().stream()
                .filter(i -> data.outwardLinks(i.id()).isEmpty() && data.inwardLinks(i.id()).isEmpty())
                .findFirst().orElseThrow();
        String page = JIRA.get("/browse/" + lonely.key(), "admin").body();
        assertThat(page, containsString("data-web-panel=\"dev.productops.jira:evidence-panel\""));
        assertThat(page, not(containsString(PANEL)));
        assertThat(page, not(containsString("productops-dependencies")));
    }

    @Test
    public void aViewReadsTheIssuesLinksOnceAndNeverScansLinks() throws Exception {
        JiraCalls calls = JIRA.standIn().jira().calls();
        calls.reset();
        assertEquals(200, JIRA.get("/browse/PAY-7", "admin").statusCode());
        Map<String, Long> made = calls.snapshot().stream()
                .collect(Collectors.toMap(JiraCalls.MethodCalls::method, JiraCalls.MethodCalls::count));
        System.out.printf("[panel] Jira calls of one view of PAY-7 (both panels): %s%n", calls.snapshot());
        // One read of the issue's links: the outward and inward halves of it, one indexed query each, as Jira's own
        // link section (and getLinkCollection, which gives no link ids) reads them.
        assertEquals(made.toString(), Long.valueOf(1), made.get("IssueLinkManager.getOutwardLinks"));
        assertEquals(made.toString(), Long.valueOf(1), made.get("IssueLinkManager.getInwardLinks"));
        List<String> others = made.keySet().stream().filter(m -> m.startsWith("IssueLinkManager."))
                .filter(m -> !m.endsWith(".getOutwardLinks") && !m.endsWith(".getInwardLinks")).toList();
        assertEquals("no other link read, no scan of a link type", List.of(), others);
    }

    @Test
    public void theViewsOwnReadsAreTwoSqlStatements() throws Exception {
        // The evidence panel off, so what is counted is this panel's: the planning attributes of the issue's links and
        // the recorded cycles through them.
        try {
            assertEquals(200, switchModule("evidence-panel", false).statusCode());
            List<String> statements = JIRA.sqlStatementsOf(() -> assertEquals(200, JIRA.get("/browse/PAY-7", "admin").statusCode()));
            assertEquals(statements.toString(), 2, statements.size());
            assertThat(statements.get(0) + statements.get(1), containsString("DEP_SNAPSHOT"));
        } finally {
            assertEquals(200, switchModule("evidence-panel", true).statusCode());
        }
    }

    @Test
    public void switchingThePanelOffLeavesTheEvidencePanel() throws Exception {
        try {
            assertEquals(200, switchModule("dependencies-panel", false).statusCode());
            String page = JIRA.get("/browse/PAY-7", "admin").body();
            assertThat(page, not(containsString(PANEL)));
            assertThat(page, containsString("data-web-panel=\"dev.productops.jira:evidence-panel\""));
            assertThat(page, containsString("productops-evidence-score"));
        } finally {
            assertEquals(200, switchModule("dependencies-panel", true).statusCode());
        }
        assertThat(JIRA.get("/browse/PAY-7", "admin").body(), containsString(PANEL));
    }

    /** The Dependencies panel's markup on the issue's page, failing when the page has none. */
    private static String panel(String key, String user) throws Exception {
        HttpResponse<String> page = JIRA.get("/browse/" + key, user);
        assertEquals(200, page.statusCode());
        String body = page.body();
        int start = body.indexOf(PANEL);
        assertTrue("no Dependencies panel on " + key + " for " + user, start >= 0);
        int end = body.indexOf("</section>", start);
        return body.substring(start, end < 0 ? body.length() : end);
    }

    private static String boardQuery(String panel) {
        Matcher m = Pattern.compile("data-board-query=\"([^\"]*)\"").matcher(panel);
        assertTrue(panel, m.find());
        return m.group(1).replace("&amp;", "&");
    }

    /** Text as the renderer escapes it. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static HttpResponse<String> switchModule(String module, boolean enabled) throws Exception {
        return JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(UPM_MODULE + module + "-key")))
                .header("Content-Type", "application/vnd.atl.plugins.plugin.module+json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}")), "admin");
    }
}

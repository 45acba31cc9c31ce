package dev.productops.standin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productops.standin.store.HostData;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Issue security on the sample organisation. PLAT-5, on the landmark cycle PAY-7 → CHK-12 → PLAT-5 → PAY-7, is put in a
 * security level only admin belongs to. alice browses PAY, CHK and PLAT, yet must not learn of PLAT-5 anywhere: not on
 * the board, not through its cycle (its length would tell), not on PAY-7's Dependencies panel, not by its evidence.
 * Jira decides who sees an issue; the plugin must ask it in a way that includes issue security.
 */
public class IssueSecurityIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final String HIDDEN = "PLAT-5";

    @BeforeClass
    public static void onlyAdminIsInPlat5sSecurityLevel() {
        HostData data = JIRA.standIn().data();
        data.secureIssue(data.issueByKey(HIDDEN).orElseThrow().id(), Set.of("admin"));
    }

    @Test
    public void theBoardShowsNeitherTheIssueNorTheCycleThroughIt() throws Exception {
        JsonNode forAdmin = RunningStandIn.json(JIRA.api("GET", "/board?projects=PAY,CHK,PLAT&all=1", "admin", null), 200);
        assertTrue("admin, in the level, sees the cycle: " + forAdmin.get("cycles"), cycles(forAdmin).contains(List.of("PAY-7", "CHK-12", HIDDEN)));

        JsonNode forAlice = RunningStandIn.json(JIRA.api("GET", "/board?projects=PAY,CHK,PLAT&all=1", "alice", null), 200);
        assertFalse("no cycle through PLAT-5: " + forAlice.get("cycles"), forAlice.get("cycles").toString().contains(HIDDEN));
        assertFalse("no PLAT-5 card", forAlice.get("cards").toString().contains("\"" + HIDDEN + "\""));
        assertFalse("no dependency to or from PLAT-5", forAlice.get("dependencies").toString().contains("\"" + HIDDEN + "\""));
        assertTrue("the rest of the board is there", forAlice.get("cards").toString().contains("\"PAY-7\""));
    }

    @Test
    public void theDependenciesPanelDoesNotTellTheRecordedCycleThroughIt() throws Exception {
        assertThat(panel("PAY-7", "admin"), containsString("A cycle of 3 issues through CHK-12, PLAT-5"));
        String forAlice = panel("PAY-7", "alice");
        assertThat(forAlice, not(containsString("In a cycle")));
        assertThat(forAlice, not(containsString(HIDDEN)));
    }

    @Test
    public void theIssueItsEvidenceAndItsSearchAreNotThereForAlice() throws Exception {
        assertEquals(200, JIRA.api("GET", "/issues/" + HIDDEN + "/evidence", "admin", null).statusCode());
        assertEquals(404, JIRA.api("GET", "/issues/" + HIDDEN + "/evidence", "alice", null).statusCode());
        assertEquals(200, JIRA.get("/browse/PLAT-4", "alice").statusCode());
        assertTrue(JIRA.get("/browse/" + HIDDEN, "alice").statusCode() != 200);
        // Jira's own search answers as it does for a key that does not exist.
        String hidden = JIRA.get("/rest/api/2/search?jql=key%20%3D%20" + HIDDEN, "alice").body();
        String missing = JIRA.get("/rest/api/2/search?jql=key%20%3D%20PLAT-99999", "alice").body();
        assertEquals(missing.replace("PLAT-99999", HIDDEN), hidden);
        assertEquals(1, RunningStandIn.json(JIRA.get("/rest/api/2/search?jql=key%20%3D%20" + HIDDEN, "admin"), 200).get("total").asInt());
    }

    private static List<List<String>> cycles(JsonNode board) {
        List<List<String>> cycles = new ArrayList<>();
        for (JsonNode cycle : board.get("cycles")) {
            List<String> keys = new ArrayList<>();
            cycle.forEach(key -> keys.add(key.asText()));
            cycles.add(keys);
        }
        return cycles;
    }

    private static String panel(String key, String user) throws Exception {
        String body = JIRA.get("/browse/" + key, user).body();
        int start = body.indexOf("data-web-panel=\"dev.productops.jira:dependencies-panel\"");
        assertTrue("no Dependencies panel on " + key + " for " + user, start >= 0);
        int end = body.indexOf("</section>", start);
        return body.substring(start, end < 0 ? body.length() : end);
    }
}

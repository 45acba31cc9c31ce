package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.RunningStandIn;
import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.sample.SampleOrganisation.DateConflict;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.productops.jira.adapter.rest.BoardAnswers.dependency;
import static dev.productops.jira.adapter.rest.BoardAnswers.texts;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * The board an ops lead can trust (issue 11): states that hold across teams and do not change with the teams on the
 * board, other teams' cards where their own plan puts them, a team's own board showing its deadlock, declined and done
 * dependencies breaking cycles, one filter model for the board and its export, and a shared board for a viewer who
 * may see only part of it. Each test failed on the board before these changes.
 */
public class BoardAcrossTeamsIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/productops/1.0";
    private static final String ALL_SIX = "PAY,CHK,MOB,PLAT,SRCH,DATA";

    @Test
    public void sameDatedSprintsOfTwoTeamsAreAtRiskNeverAConflict() throws Exception {
        JsonNode board = board("projects=" + ALL_SIX);
        for (DateConflict pair : SampleOrganisation.LANDMARKS.sameSprint()) {
            JsonNode d = dependency(board, pair.blockerKey(), pair.blockedKey());
            assertEquals(pair.toString(), card(board, pair.blockerKey()).get("column").asText(), card(board, pair.blockedKey()).get("column").asText());
            // At risk by plan order; blocked too when the sprint has begun, but never a conflict.
            assertNotEquals(pair + " " + d.get("reasons"), "conflict", d.get("state").asText());
            assertTrue(codes(d).contains("BLOCKER_IN_SAME_WINDOW"));
            assertFalse(codes(d).contains("BLOCKER_ENDS_AFTER_DEPENDENT"));
        }
        for (DateConflict conflict : SampleOrganisation.LANDMARKS.dateConflicts()) {
            JsonNode d = dependency(board, conflict.blockerKey(), conflict.blockedKey());
            assertEquals(conflict + " " + d.get("reasons"), "conflict", d.get("state").asText());
            assertTrue(codes(d).contains("BLOCKER_ENDS_AFTER_DEPENDENT"));
        }
        for (JsonNode d : board.get("dependencies")) {
            boolean sameColumn = card(board, d.get("from").asText()).get("column").asText()
                    .equals(card(board, d.get("to").asText()).get("column").asText());
            if (sameColumn && !card(board, d.get("from").asText()).get("column").asText().equals("unscheduled")) {
                assertFalse(d.toString(), codes(d).contains("BLOCKER_ENDS_AFTER_DEPENDENT"));
            }
        }
    }

    @Test
    public void aDependencyIsJudgedAlikeOnBoardsOfOneTwoAndSixTeams() throws Exception {
        List<DateConflict> pairs = new ArrayList<>(SampleOrganisation.LANDMARKS.sameSprint());
        pairs.addAll(SampleOrganisation.LANDMARKS.dateConflicts());
        pairs.add(new DateConflict("PAY-7", "CHK-12"));
        for (DateConflict pair : pairs) {
            String blockerTeam = team(pair.blockerKey());
            String dependentTeam = team(pair.blockedKey());
            List<String> boards = List.of("projects=" + dependentTeam, "projects=" + dependentTeam + "," + blockerTeam, "projects=" + ALL_SIX);
            JsonNode reference = null;
            for (String query : boards) {
                JsonNode d = withoutCriticalPath(dependency(board(query), pair.blockerKey(), pair.blockedKey()));
                if (reference == null) {
                    reference = d;
                }
                assertEquals(pair + " on " + query, reference.get("state"), d.get("state"));
                assertEquals(pair + " on " + query, reference.get("reasons"), d.get("reasons"));
            }
        }
    }

    @Test
    public void otherTeamsCardsSitWhereTheirOwnPlanPutsThem() throws Exception {
        JsonNode bySprint = board("projects=PAY,CHK,PLAT");
        // SRCH-8 is in SRCH's next sprint, the same dates as CHK's next sprint.
        JsonNode srch = card(bySprint, "SRCH-8");
        assertTrue(srch.get("outOfScope").asBoolean());
        assertNotEquals("unscheduled", srch.get("column").asText());
        JsonNode chkNext = sprintColumnAfter(bySprint, card(bySprint, "CHK-20").get("column").asText());
        assertEquals(chkNext.get("id").asText(), srch.get("column").asText());

        JsonNode byMonth = board("projects=PAY,MOB&columns=month");
        int placed = 0;
        for (JsonNode card : byMonth.get("cards")) {
            if (card.get("outOfScope").asBoolean() && !card.get("dueDate").isNull()) {
                assertEquals(card.toString(), YearMonth.parse(card.get("dueDate").asText().substring(0, 7)).toString(), card.get("column").asText());
                placed++;
            }
        }
        assertTrue("other teams' cards with due dates exist", placed > 0);
    }

    @Test
    public void aTeamsOwnBoardShowsTheCycleThroughOtherTeams() throws Exception {
        List<String> cycle = SampleOrganisation.LANDMARKS.blocksCycle();
        JsonNode pay = board("projects=PAY");
        assertEquals(1, pay.get("cycles").size());
        assertEquals(new HashSet<>(cycle), new HashSet<>(texts(pay.get("cycles").get(0))));
        for (int i = 0; i < cycle.size(); i++) {
            JsonNode d = dependency(pay, cycle.get(i), cycle.get((i + 1) % cycle.size()));
            assertEquals("conflict", d.get("state").asText());
            assertTrue(codes(d).contains("IN_CYCLE"));
        }
        assertTrue("CHK-12 → PLAT-5 lies outside PAY", dependency(pay, "CHK-12", "PLAT-5").get("outOfScope").asBoolean());
    }

    @Test
    public void aDeclinedDependencyIsNoEdgeOfACycle() throws Exception {
        JsonNode before = board("projects=PAY,CHK,PLAT");
        long first = dependency(before, "PAY-7", "CHK-12").get("linkId").asLong();
        assertEquals(200, put("/dependencies/" + first, "admin", "{\"state\":\"declined\"}").statusCode());
        try {
            JsonNode after = board("projects=PAY,CHK,PLAT");
            assertEquals(0, after.get("cycles").size());
            assertFalse(codes(dependency(after, "CHK-12", "PLAT-5")).contains("IN_CYCLE"));
            assertFalse(codes(dependency(after, "PLAT-5", "PAY-7")).contains("IN_CYCLE"));
            assertThat(after.get("dependencies").toString(), not(containsString("none of them can finish first")));
            assertEquals("PAY's own board finds no cycle either", 0, board("projects=PAY").get("cycles").size());
        } finally {
            assertEquals(200, put("/dependencies/" + first, "admin", "{\"state\":null}").statusCode());
        }
        assertEquals(1, board("projects=PAY,CHK,PLAT").get("cycles").size());
    }

    @Test
    public void aStartedSprintIsNotCalledAStartedIssue() throws Exception {
        JsonNode d = dependency(board("projects=PAY,CHK,PLAT"), "PAY-7", "CHK-12");
        assertEquals("To Do", card(board("projects=PAY,CHK,PLAT"), "CHK-12").get("status").asText());
        assertFalse(codes(d).contains("DEPENDENT_IN_PROGRESS"));
        assertTrue(d.get("reasons").toString(), codes(d).contains("DEPENDENT_WINDOW_STARTED"));
    }

    @Test
    public void chipsLaneCountsTheShowingLineAndTheExportApplyTheSameFilters() throws Exception {
        String filters = "problems=1&crossTeam=1&team=PLAT";
        JsonNode all = board("projects=PAY,CHK,PLAT");
        JsonNode filtered = board("projects=PAY,CHK,PLAT&" + filters);
        Map<String, String> teamOf = new HashMap<>();
        all.get("cards").forEach(c -> teamOf.put(c.get("issueKey").asText(), c.get("lane").asText()));
        int expected = 0;
        Map<String, Integer> expectedTotals = new HashMap<>();
        for (JsonNode d : all.get("dependencies")) {
            String from = teamOf.get(d.get("from").asText());
            String to = teamOf.get(d.get("to").asText());
            boolean problem = Set.of("conflict", "blocked", "at-risk").contains(d.get("state").asText());
            if (problem && !from.equals(to) && (from.equals("PLAT") || to.equals("PLAT"))) {
                expected++;
                expectedTotals.merge(d.get("state").asText(), 1, Integer::sum);
            }
        }
        assertTrue(expected > 0 && expected < all.get("dependencies").size());
        assertEquals(expected, filtered.get("dependencies").size());
        assertEquals(expected, filtered.get("matching").asInt());
        assertEquals(all.get("dependencies").size(), filtered.get("total").asInt());
        for (String state : List.of("conflict", "blocked", "at-risk", "declined", "ok", "done")) {
            assertEquals(state, (int) expectedTotals.getOrDefault(state, 0), filtered.get("totals").get(state).asInt());
        }
        Set<String> ends = new HashSet<>();
        filtered.get("dependencies").forEach(d -> {
            ends.add(d.get("from").asText());
            ends.add(d.get("to").asText());
        });
        for (JsonNode lane : filtered.get("lanes")) {
            long cards = ends.stream().filter(k -> lane.get("projectKey").asText().equals(teamOf.get(k))).count();
            assertEquals(lane.toString(), cards, lane.get("cards").asLong());
        }

        String[] rows = get("/board/export?projects=PAY,CHK,PLAT&" + filters, "admin").body().split("\r\n");
        assertEquals(expected + 1, rows.length);
        for (String column : List.of("Blocker team", "Blocker sprint or version", "Blocker status", "Blocker assignee", "Blocker due",
                "Dependent team", "Dependent status", "Dependent due")) {
            assertThat(rows[0], containsString(column));
        }

        // A chip is a filter too: only conflicts, while the chips keep counting what the other filters leave.
        JsonNode conflicts = board("projects=PAY,CHK,PLAT&" + filters + "&state=conflict");
        assertEquals(expectedTotals.getOrDefault("conflict", 0).intValue(), conflicts.get("dependencies").size());
        conflicts.get("dependencies").forEach(d -> assertEquals("conflict", d.get("state").asText()));
        assertEquals(filtered.get("totals"), conflicts.get("totals"));
        assertEquals(expectedTotals.getOrDefault("conflict", 0) + 1,
                get("/board/export?projects=PAY,CHK,PLAT&" + filters + "&state=conflict", "admin").body().split("\r\n").length);
        assertEquals(400, get("/board?projects=PAY&state=maybe", "admin").statusCode());
        assertEquals(400, get("/board?projects=PAY&problems=yes", "admin").statusCode());
    }

    @Test
    public void aSharedBoardShowsWhatTheViewerMaySeeAndNamesWhatWasLeftOut() throws Exception {
        JsonNode bobs = json(get("/board?projects=PAY,MOB", "bob"), 200);
        assertEquals(List.of("MOB"), texts(bobs.get("lanes"), "projectKey"));
        assertEquals(List.of("PAY"), texts(bobs.get("leftOut")));
        assertThat(bobs.get("cards").toString(), not(containsString("PAY-")));
        assertEquals(0, board("projects=PAY,MOB").get("leftOut").size());
        assertEquals("unknown and hidden keys are alike", texts(json(get("/board?projects=NOPE,MOB", "bob"), 200).get("leftOut")), List.of("NOPE"));
        assertEquals(404, get("/board?projects=PAY", "bob").statusCode());
    }

    @Test
    public void aLargeBoardSendsWhatNeedsAttentionAndCountsTheRest() throws Exception {
        JsonNode everything = board("projects=" + ALL_SIX);
        JsonNode first = json(get("/board?projects=" + ALL_SIX, "admin"), 200);
        assertTrue(first.get("bundled").asInt() > 0);
        assertEquals(everything.get("matching"), first.get("matching"));
        assertEquals(first.get("matching").asInt(), first.get("dependencies").size() + first.get("bundled").asInt());
        assertEquals("the chips count everything", everything.get("totals"), first.get("totals"));
        assertEquals(everything.get("lanes"), first.get("lanes"));
        first.get("dependencies").forEach(d -> assertFalse(d.toString(), Set.of("ok", "done").contains(d.get("state").asText())));
        int quiet = everything.get("totals").get("ok").asInt() + everything.get("totals").get("done").asInt();
        assertEquals(quiet, first.get("bundled").asInt());
        assertEquals(0, everything.get("bundled").asInt());
    }

    @Test
    public void eachDependencyHealthNumberOpensTheViewItNames() throws Exception {
        JsonNode health = json(get("/metrics/dependency-health?projects=PAY,CHK,PLAT", "admin"), 200);
        JsonNode totals = health.get("totals");
        Map<String, String> codeOf = Map.of("inCycles", "IN_CYCLE", "stale", "BLOCKER_STALE");
        Set<String> queries = new HashSet<>();
        for (String number : List.of("open", "atRisk", "inCycles", "stale")) {
            String link = java.net.URLDecoder.decode(health.get("drilldown").get(number).asText(), java.nio.charset.StandardCharsets.UTF_8);
            String query = link.substring(link.indexOf('?') + 1);
            queries.add(query);
            JsonNode view = board(query);
            assertEquals(number + " → " + query, totals.get(number).asInt(), view.get("matching").asInt());
            for (JsonNode d : view.get("dependencies")) {
                if (codeOf.containsKey(number)) {
                    assertTrue(number + ": " + d, codes(d).contains(codeOf.get(number)));
                }
            }
        }
        assertEquals("four different views", 4, queries.size());
    }

    // helpers

    private static JsonNode withoutCriticalPath(JsonNode dependency) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = dependency.deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode reasons = JSON.createArrayNode();
        dependency.get("reasons").forEach(r -> {
            if (!r.get("code").asText().equals("ON_CRITICAL_PATH")) {
                reasons.add(r);
            }
        });
        copy.set("reasons", reasons);
        return copy;
    }

    private static JsonNode sprintColumnAfter(JsonNode board, String columnId) {
        JsonNode columns = board.get("columns");
        for (int i = 0; i < columns.size() - 1; i++) {
            if (columns.get(i).get("id").asText().equals(columnId)) {
                return columns.get(i + 1);
            }
        }
        throw new AssertionError("no column after " + columnId);
    }

    private static String team(String key) {
        return key.substring(0, key.indexOf('-'));
    }

    private static List<String> codes(JsonNode dependency) {
        List<String> codes = new ArrayList<>();
        dependency.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }

    private static JsonNode card(JsonNode board, String key) {
        for (JsonNode card : board.get("cards")) {
            if (card.get("issueKey").asText().equals(key)) {
                return card;
            }
        }
        throw new AssertionError("no card " + key);
    }

    /** Every matching dependency (all=1); the default, which leaves ok and done ones out of a large board, has its own test. */
    private static JsonNode board(String query) throws IOException, InterruptedException {
        return json(get("/board?" + query + "&all=1", "admin"), 200);
    }

    private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return JIRA.get(API + path, user);
    }

    private static HttpResponse<String> put(String path, String user, String body) throws IOException, InterruptedException {
        return JIRA.api("PUT", path, user, body);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        return RunningStandIn.json(response, status);
    }
}

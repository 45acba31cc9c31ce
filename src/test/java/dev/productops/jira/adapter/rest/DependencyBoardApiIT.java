package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.RunningStandIn;
import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostUser;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.productops.jira.adapter.rest.BoardAnswers.dependency;
import static dev.productops.jira.adapter.rest.BoardAnswers.texts;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The dependency board API end to end on the sample organisation (cycle PAY-7 → CHK-12 → PLAT-5 → PAY-7). */
public class DependencyBoardApiIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/productops/1.0";

    @Test
    public void theBoardShowsTheSeededCycleAndDateConflictsWithReasons() throws Exception {
        JsonNode board = json(get("/board?projects=PAY,CHK,PLAT&all=1", "admin"), 200);
        assertEquals(List.of("PAY", "CHK", "PLAT"), texts(board.get("lanes"), "projectKey"));
        assertEquals(SampleOrganisation.LANDMARKS.blocksCycle(), texts(board.get("cycles").get(0)));
        JsonNode cycleLink = dependency(board, "PAY-7", "CHK-12");
        assertEquals("conflict", cycleLink.get("state").asText());
        assertThat(cycleLink.get("reasons").toString(), containsString("IN_CYCLE"));
        assertThat(cycleLink.get("reasons").toString(), containsString("dependency cycle of 3 issues"));

        for (SampleOrganisation.DateConflict conflict : SampleOrganisation.LANDMARKS.dateConflicts()) {
            JsonNode all = json(get("/board?projects=" + project(conflict.blockerKey()) + "," + project(conflict.blockedKey()), "admin"), 200);
            JsonNode d = dependency(all, conflict.blockerKey(), conflict.blockedKey());
            assertEquals(conflict.toString(), "conflict", d.get("state").asText());
        }
        int counted = 0;
        for (var total : iterable(board.get("totals"))) {
            counted += total.asInt();
        }
        long blocksLinks = blocksLinksVisibleTo("admin", "PAY", "CHK", "PLAT");
        assertEquals("every Blocks link of the three teams, counted from Jira's data", blocksLinks, counted);
        assertEquals(blocksLinks, board.get("dependencies").size());
        assertTrue("worst first", board.get("dependencies").get(0).get("state").asText().equals("conflict"));
    }

    @Test
    public void theBoardReadsItsPlanningAttributesInOneStatement() throws Exception {
        // All six teams: no other team's issue waits for the board, so the cycle walk reads no further links.
        String everyTeam = "/board?projects=PAY,CHK,MOB,PLAT,SRCH,DATA&all=1";
        json(get(everyTeam, "admin"), 200);
        List<String> statements = JIRA.sqlStatementsOf(() -> json(get(everyTeam, "admin"), 200));
        assertEquals("the planning attributes of the board's links, once: " + statements, 1, statements.size());
        assertThat(statements.get(0), containsString("DEP_ATTRIBUTES"));
    }

    @Test
    public void everyDependencyConnectsTwoCardsOnTheBoard() throws Exception {
        JsonNode board = json(get("/board?projects=PAY,MOB&columns=month&all=1", "admin"), 200);
        Set<String> cards = new HashSet<>(texts(board.get("cards"), "issueKey"));
        Set<String> columns = new HashSet<>(texts(board.get("columns"), "id"));
        for (JsonNode d : board.get("dependencies")) {
            assertTrue(cards.contains(d.get("from").asText()) && cards.contains(d.get("to").asText()));
        }
        for (JsonNode card : board.get("cards")) {
            assertTrue(columns.contains(card.get("column").asText()));
            if (!card.get("outOfScope").asBoolean()) {
                assertTrue(List.of("PAY", "MOB").contains(card.get("lane").asText()));
            }
        }
        assertEquals("unscheduled", board.get("columns").get(board.get("columns").size() - 1).get("id").asText());
    }

    @Test
    public void aRestrictedViewerSeesNoHiddenIssueAndNoCountThatIncludesOne() throws Exception {
        JsonNode admins = json(get("/board?projects=MOB&all=1", "admin"), 200);
        JsonNode bobs = json(get("/board?projects=MOB&all=1", "bob"), 200);
        assertTrue("MOB depends on hidden teams in the sample", admins.get("dependencies").size() > bobs.get("dependencies").size());
        for (JsonNode card : bobs.get("cards")) {
            assertTrue(card.get("issueKey").asText(), card.get("issueKey").asText().startsWith("MOB-"));
        }
        assertThat(bobs.toString(), not(containsString("PAY-15")));
        int bobsTotal = 0;
        for (var total : iterable(bobs.get("totals"))) {
            bobsTotal += total.asInt();
        }
        assertEquals("MOB's Blocks links whose both ends bob may browse", blocksLinksVisibleTo("bob", "MOB"), bobsTotal);
        assertEquals(bobsTotal, bobs.get("dependencies").size());
        assertEquals(404, get("/board?projects=PAY", "bob").statusCode());
        assertEquals(get("/board?projects=NOPE", "bob").body().replace("NOPE", "PAY"), get("/board?projects=PAY", "bob").body());
    }

    /** Blocks links with an end in one of the projects and both ends browsable by the user: what a board must show. */
    private static long blocksLinksVisibleTo(String username, String... projectKeys) {
        HostData data = JIRA.standIn().data();
        HostUser user = data.user(username).orElseThrow();
        long blocks = data.linkTypes().stream().filter(t -> t.name().equals("Blocks")).findFirst().orElseThrow().id();
        Set<Long> chosen = new HashSet<>();
        for (String key : projectKeys) {
            data.issuesOf(data.projectByKey(key).orElseThrow().id()).forEach(i -> chosen.add(i.id()));
        }
        return data.linksOfType(blocks).stream()
                .filter(l -> chosen.contains(l.sourceIssueId()) || chosen.contains(l.destinationIssueId()))
                .filter(l -> data.canBrowse(user, data.issue(l.sourceIssueId()).orElseThrow())
                        && data.canBrowse(user, data.issue(l.destinationIssueId()).orElseThrow()))
                .count();
    }

    @Test
    public void badBoardRequestsAreClearErrors() throws Exception {
        assertEquals(400, get("/board", "admin").statusCode());
        String tooMany = String.join(",", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "P" + i).toList());
        assertThat(messages(get("/board?projects=" + tooMany, "admin")), containsString("At most 20 projects"));
        assertEquals("an unknown key is named, not fatal", List.of("NOPE"),
                texts(json(get("/board?projects=PAY,NOPE", "admin"), 200).get("leftOut")));
        assertEquals(404, get("/board?projects=NOPE", "admin").statusCode());
        assertThat(messages(get("/board?projects=PAY&from=tomorrow", "admin")), containsString("'from' parameter must be a date"));
        assertEquals(400, get("/board?projects=PAY&from=2026-12-01&to=2026-11-01", "admin").statusCode());
        assertEquals(400, get("/board?projects=PAY&columns=weekly", "admin").statusCode());
        assertEquals(400, get("/board/export?projects=PAY&format=xlsx", "admin").statusCode());
        assertEquals(401, get("/board?projects=PAY", null).statusCode());
    }

    @Test
    public void datesNarrowTheColumns() throws Exception {
        JsonNode all = json(get("/board?projects=PAY,CHK", "admin"), 200);
        JsonNode first = all.get("columns").get(0);
        JsonNode narrowed = json(get("/board?projects=PAY,CHK&from=" + all.get("columns").get(1).get("start").asText(), "admin"), 200);
        assertFalse(texts(narrowed.get("columns"), "id").contains(first.get("id").asText()));
        assertTrue(narrowed.get("cards").size() <= all.get("cards").size());
    }

    @Test
    public void planningAttributesChangeTheStateButNeverTheJiraLink() throws Exception {
        JsonNode board = json(get("/board?projects=PAY,CHK", "admin"), 200);
        JsonNode link = null;
        for (JsonNode d : board.get("dependencies")) {
            if (!d.get("outOfScope").asBoolean() && !d.get("state").asText().equals("done")) {
                link = d;
            }
        }
        long linkId = link.get("linkId").asLong();

        JsonNode saved = json(put("/dependencies/" + linkId, "alice", "{\"state\":\"declined\",\"owner\":\"bob\",\"neededBy\":\"2026-12-01\",\"note\":\"not this quarter\"}"), 200);
        assertEquals("declined", saved.get("state").asText());
        assertEquals("bob", saved.get("owner").asText());
        JsonNode after = dependency(json(get("/board?projects=PAY,CHK", "admin"), 200), link.get("from").asText(), link.get("to").asText());
        assertEquals("declined", after.get("state").asText());
        assertEquals("2026-12-01", after.get("neededBy").asText());
        assertEquals("the owner is shown by name", JIRA.standIn().data().user("bob").orElseThrow().displayName(), after.get("owner").asText());
        assertEquals(link.get("linkId").asLong(), after.get("linkId").asLong());
        assertEquals("not this quarter", json(get("/dependencies/" + linkId, "admin"), 200).get("note").asText());
    }

    @Test
    public void badAttributesAndHiddenOrUnknownLinksChangeNothing() throws Exception {
        JsonNode board = json(get("/board?projects=PAY,CHK", "admin"), 200);
        long linkId = board.get("dependencies").get(0).get("linkId").asLong();
        String before = get("/dependencies/" + linkId, "admin").body();
        HttpResponse<String> bad = put("/dependencies/" + linkId, "admin", "{\"state\":\"maybe\",\"owner\":\"nobody\",\"neededBy\":\"soon\",\"note\":\"" + "n".repeat(256) + "\"}");
        assertEquals(422, bad.statusCode());
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertTrue(errors.has("state") && errors.has("owner") && errors.has("neededBy") && errors.has("note"));
        assertEquals(400, put("/dependencies/" + linkId, "admin", "{\"state\":").statusCode());
        assertEquals(before, get("/dependencies/" + linkId, "admin").body());

        assertEquals(404, get("/dependencies/99999999", "admin").statusCode());
        assertEquals(404, put("/dependencies/99999999", "admin", "{\"state\":\"committed\"}").statusCode());
        assertEquals(404, get("/dependencies/" + linkId, "bob").statusCode());
        assertEquals(404, put("/dependencies/" + linkId, "bob", "{\"state\":\"declined\"}").statusCode());
        assertEquals(before, get("/dependencies/" + linkId, "admin").body());
    }

    @Test
    public void onlyAdministratorsChooseTheDependencyLinkTypes() throws Exception {
        assertEquals(403, get("/config/link-types", "alice").statusCode());
        assertEquals(403, put("/config/link-types", "alice", "{\"dependencyLinkTypes\":[{\"name\":\"Relates\",\"blocker\":\"source\"}]}").statusCode());
        JsonNode config = json(get("/config/link-types", "admin"), 200);
        assertEquals("Blocks", config.get("dependencyLinkTypes").get(0).get("name").asText());
        assertTrue(texts(config.get("available"), "name").contains("Dependency"));
        assertEquals(422, put("/config/link-types", "admin", "{\"dependencyLinkTypes\":[{\"name\":\"Nope\",\"blocker\":\"source\"}]}").statusCode());
        assertEquals(422, put("/config/link-types", "admin", "{\"dependencyLinkTypes\":[]}").statusCode());
        assertEquals("Blocks", json(get("/config/link-types", "admin"), 200).get("dependencyLinkTypes").get(0).get("name").asText());

        int before = json(get("/board?projects=PAY,CHK,MOB,PLAT,SRCH,DATA&all=1", "admin"), 200).get("dependencies").size();
        try {
            json(put("/config/link-types", "admin", "{\"dependencyLinkTypes\":[{\"name\":\"Blocks\",\"blocker\":\"source\"},"
                    + "{\"name\":\"Dependency\",\"blocker\":\"destination\"}]}"), 200);
            int after = json(get("/board?projects=PAY,CHK,MOB,PLAT,SRCH,DATA&all=1", "admin"), 200).get("dependencies").size();
            assertTrue("Dependency links now count too", after > before);
        } finally {
            put("/config/link-types", "admin", "{\"dependencyLinkTypes\":[{\"name\":\"Blocks\",\"blocker\":\"source\"}]}");
        }
    }

    @Test
    public void theCsvExportListsTheSameDependencies() throws Exception {
        HttpResponse<String> csv = get("/board/export?projects=PAY,CHK,PLAT&format=csv", "admin");
        assertEquals(200, csv.statusCode());
        assertThat(csv.headers().firstValue("Content-Type").orElse(""), containsString("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""), containsString("dependencies-PAY-CHK-PLAT.csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0], containsString("Blocker,Blocker summary,Blocker team"));
        int dependencies = json(get("/board?projects=PAY,CHK,PLAT&all=1", "admin"), 200).get("dependencies").size();
        assertEquals(dependencies + 1, lines.length);
        assertThat(csv.body(), containsString("PAY-7,"));
        assertEquals("'=HYPERLINK(1)", BoardResource.cell("=HYPERLINK(1)"));
    }

    // helpers

    private static String project(String key) {
        return key.substring(0, key.indexOf('-'));
    }

    private static Iterable<JsonNode> iterable(JsonNode object) {
        List<JsonNode> values = new ArrayList<>();
        object.elements().forEachRemaining(values::add);
        return values;
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

    private static String messages(HttpResponse<String> response) throws IOException {
        assertEquals(response.body(), 400, response.statusCode());
        return JSON.readTree(response.body()).get("errorMessages").toString();
    }
}

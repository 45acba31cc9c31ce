package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.RunningStandIn;
import dev.productops.standin.sample.SampleOrganisation;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Accountability on dependencies (issue 11, item 9): every change of needed-by, owner, agreement or note is recorded
 * with who, when, old and new value; only someone who may edit both ends' projects, or an administrator, may decline.
 * alice browses PLAT but may not edit it ({@link SampleOrganisation#BROWSE_ONLY}).
 */
public class DependencyAccountabilityIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/productops/1.0";

    @Test
    public void everyChangeIsRecordedWithWhoWhenAndBothValues() throws Exception {
        long linkId = linkId("PAY,CHK", "PAY-7", "CHK-12");
        Instant before = Instant.now().minusSeconds(1);
        assertEquals(200, put(linkId, "alice", "{\"neededBy\":\"2026-12-01\",\"owner\":\"bob\",\"note\":\"vault first\"}").statusCode());
        assertEquals(200, put(linkId, "admin", "{\"neededBy\":\"2026-12-08\",\"owner\":\"bob\",\"state\":\"committed\",\"note\":\"vault first\"}").statusCode());

        JsonNode history = json(get("/dependencies/" + linkId + "/history", "admin"), 200);
        List<String> fields = new ArrayList<>();
        history.forEach(c -> fields.add(c.get("field").asText()));
        assertEquals("newest first, one entry per changed attribute", List.of("neededBy", "state", "neededBy", "owner", "note"), fields);
        JsonNode moved = history.get(0);
        assertEquals("2026-12-01", moved.get("from").asText());
        assertEquals("2026-12-08", moved.get("to").asText());
        assertEquals("Administrator", moved.get("author").asText());
        assertTrue(!Instant.parse(moved.get("at").asText()).isBefore(before));
        JsonNode owner = history.get(3);
        assertTrue(owner.get("from").isNull());
        assertEquals("the owner by username", "bob", owner.get("to").asText());
        assertEquals(JIRA.standIn().data().user("alice").orElseThrow().displayName(), owner.get("author").asText());

        assertEquals("whoever sees both ends sees the history", 200, get("/dependencies/" + linkId + "/history", "alice").statusCode());
        assertEquals(404, get("/dependencies/" + linkId + "/history", "bob").statusCode());
        assertEquals(404, get("/dependencies/99999999/history", "admin").statusCode());
    }

    @Test
    public void onlySomeoneWhoMayEditBothEndsOrAnAdministratorMayDecline() throws Exception {
        long intoPlat = linkId("PAY,CHK,PLAT", "CHK-12", "PLAT-5");
        String before = get("/dependencies/" + intoPlat, "admin").body();
        HttpResponse<String> refused = put(intoPlat, "alice", "{\"state\":\"declined\"}");
        assertEquals(refused.body(), 403, refused.statusCode());
        assertThat(refused.body(), containsString("may decline a dependency"));
        assertEquals("nothing changed", before, get("/dependencies/" + intoPlat, "admin").body());
        assertEquals(0, json(get("/dependencies/" + intoPlat + "/history", "admin"), 200).size());
        assertEquals("other attributes she may still set", 200, put(intoPlat, "alice", "{\"note\":\"asked PLAT\"}").statusCode());

        assertEquals(200, put(intoPlat, "admin", "{\"state\":\"declined\"}").statusCode());
        assertEquals("declined", json(get("/dependencies/" + intoPlat, "alice"), 200).get("state").asText());
        assertEquals("a declined one stays declined when she edits its note", 200,
                put(intoPlat, "alice", "{\"state\":\"declined\",\"note\":\"PLAT said no\"}").statusCode());

        long betweenHerTeams = linkId("PAY,CHK", "PAY-7", "CHK-12");
        assertEquals(200, put(betweenHerTeams, "alice", "{\"state\":\"declined\"}").statusCode());
        assertFalse(get("/dependencies/" + betweenHerTeams + "/history", "admin").body().isEmpty());
        put(betweenHerTeams, "admin", "{}");
    }

    private static long linkId(String projects, String from, String to) throws IOException, InterruptedException {
        for (JsonNode d : json(get("/board?projects=" + projects, "admin"), 200).get("dependencies")) {
            if (d.get("from").asText().equals(from) && d.get("to").asText().equals(to)) {
                return d.get("linkId").asLong();
            }
        }
        throw new AssertionError("no dependency " + from + " -> " + to);
    }

    private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return JIRA.get(API + path, user);
    }

    private static HttpResponse<String> put(long linkId, String user, String body) throws IOException, InterruptedException {
        return JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(API + "/dependencies/" + linkId))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), user);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }
}

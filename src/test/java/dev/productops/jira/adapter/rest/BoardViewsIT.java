package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The board remembers, per user and in Jira: the last board opened, and up to ten boards saved under names. */
public class BoardViewsIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/productops/1.0";

    @Test
    public void theLastBoardIsRememberedPerUser() throws Exception {
        assertTrue(json(get("/board/views", "bob"), 200).get("last").isNull());
        assertEquals(200, send("PUT", "/board/views/last", "alice", "{\"view\":\"?projects=PAY,CHK&problems=1\"}").statusCode());
        assertEquals("?projects=PAY,CHK&problems=1", json(get("/board/views", "alice"), 200).get("last").asText());
        assertTrue("bob's are his own", json(get("/board/views", "bob"), 200).get("last").isNull());
        assertEquals(422, send("PUT", "/board/views/last", "alice", "{\"view\":\"\"}").statusCode());
        assertEquals(401, get("/board/views", null).statusCode());
    }

    @Test
    public void upToTenBoardsAreSavedByNameAndReplacedByName() throws Exception {
        for (int i = 1; i <= 10; i++) {
            assertEquals(200, send("POST", "/board/views", "admin", "{\"name\":\"Board " + i + "\",\"view\":\"?projects=PAY&team=PAY" + i + "\"}").statusCode());
        }
        HttpResponse<String> eleventh = send("POST", "/board/views", "admin", "{\"name\":\"Board 11\",\"view\":\"?projects=CHK\"}");
        assertEquals(eleventh.body(), 422, eleventh.statusCode());
        JsonNode replaced = json(send("POST", "/board/views", "admin", "{\"name\":\"board 3\",\"view\":\"?projects=PLAT\"}"), 200);
        assertEquals(10, replaced.get("saved").size());
        assertEquals("?projects=PLAT", replaced.get("saved").get(9).get("view").asText());
        assertEquals(422, send("POST", "/board/views", "admin", "{\"name\":\" \",\"view\":\"?projects=CHK\"}").statusCode());
        JsonNode afterDelete = json(send("DELETE", "/board/views/Board%201", "admin", null), 200);
        assertEquals(9, afterDelete.get("saved").size());
        assertEquals(0, json(get("/board/views", "alice"), 200).get("saved").size());
    }

    @Test
    public void jirasUserPickerSuggestsOwnersByName() throws Exception {
        JsonNode users = json(JIRA.get("/rest/api/2/user/picker?query=ali", "admin"), 200).get("users");
        assertEquals("alice", users.get(0).get("name").asText());
        assertEquals("Alice Andersson", users.get(0).get("displayName").asText());
    }

    private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return JIRA.get(API + path, user);
    }

    private static HttpResponse<String> send(String method, String path, String user, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(JIRA.url(API + path))).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return JIRA.send(request, user);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }
}

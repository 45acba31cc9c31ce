package dev.productops.jira.adapter.rest;

import dev.productops.standin.dataset.RealData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.JiraStandIn;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The board on real Apache Jira data (../shared/data), after an admin maps that instance's link types. */
public class DatasetBoardIT {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void realLinkTypesMappedByAnAdminGiveABoardOfRealDependencies() throws Exception {
        Path data = RealData.require("apache-issues-rest-json");
        JiraStandIn.Settings settings = new JiraStandIn.Settings(0, folder.getRoot().toPath(), Optional.of(data),
                Paths.get("target/npm/node_modules"), 1L);
        try (JiraStandIn jira = JiraStandIn.start(settings)) {
            String api = jira.baseUrl() + "/rest/productops/1.0";
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(api + "/config/link-types")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"dependencyLinkTypes\":[{\"name\":\"Blocker\",\"blocker\":\"source\"},"
                            + "{\"name\":\"dependent\",\"blocker\":\"destination\"},{\"name\":\"Required\",\"blocker\":\"destination\"}]}"))).statusCode());
            JsonNode board = new ObjectMapper().readTree(send(HttpRequest.newBuilder(URI.create(api + "/board?projects=CB,DRILL,TEZ,DIRECTMEMORY"))
                    .GET()).body());
            assertTrue(board.get("dependencies").size() >= 10);
            assertEquals(0, board.get("cycles").size());
            for (JsonNode dependency : board.get("dependencies")) {
                assertEquals("the sample is of resolved issues", "done", dependency.get("state").asText());
            }
            assertTrue("columns are the projects' real fix versions", board.get("columns").size() > 1);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String admin = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + admin).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.productops.standin.RunningStandIn.json;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

/**
 * The managed segment list on the stand-in: customers choose from it (anything else is a 400 and nothing is saved),
 * renaming a segment renames it on its customers, removing one that customers have is a 409 with the count, and
 * only administrators change it. Each test uses segments of its own, so the sample's segments stay as they are.
 */
public class SegmentsApiIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final String SEGMENTS = "/settings/segments";

    @Test
    public void everyoneReadsTheListAndTheSampleSegmentsAreOnIt() throws Exception {
        List<String> names = names(json(JIRA.api("GET", SEGMENTS, "bob", null), 200));
        for (String sample : List.of("Enterprise", "Mid-market", "SMB", "Public sector", "Partner")) {
            assertEquals(names.toString(), true, names.contains(sample));
        }
        assertEquals(401, JIRA.api("GET", SEGMENTS, null, null).statusCode());
    }

    @Test
    public void aCustomerInASegmentOffTheListIsA400AndNothingIsSaved() throws Exception {
        String name = "Offlist " + UNIQUE.incrementAndGet();
        HttpResponse<String> refused = JIRA.api("POST", "/customers", "alice", customer(name, "Agencies " + name));
        assertEquals(refused.body(), 400, refused.statusCode());
        assertThat(json(refused, 400).get("errors").get("segment").asText(), containsString("Agencies " + name));
        assertEquals(0, json(JIRA.api("GET", "/customers?query=" + encoded(name), "admin", null), 200).get("total").asInt());

        JsonNode created = json(JIRA.api("POST", "/customers", "alice", customer(name, "enterprise")), 201);
        assertEquals("the list's spelling", "Enterprise", created.get("segment").asText());
        int id = created.get("id").asInt();
        String before = JIRA.api("GET", "/customers/" + id, "admin", null).body();
        assertEquals(400, JIRA.api("PUT", "/customers/" + id, "admin", customer(name, "Agencies " + name)).statusCode());
        assertEquals(before, JIRA.api("GET", "/customers/" + id, "admin", null).body());
    }

    @Test
    public void renamingASegmentRenamesItOnItsCustomers() throws Exception {
        String segment = "Retail " + UNIQUE.incrementAndGet();
        List<Map<String, Object>> list = listWith(segment, 1.5);
        put(list, 200);
        int id = json(JIRA.api("POST", "/customers", "alice", customer("Shop of " + segment, segment)), 201).get("id").asInt();

        Map<String, Object> renamed = new LinkedHashMap<>();
        renamed.put("name", segment + " and wholesale");
        renamed.put("weight", 2);
        renamed.put("renamedFrom", segment);
        list.set(list.size() - 1, renamed);
        JsonNode saved = put(list, 200);
        assertEquals(false, names(saved).contains(segment));
        assertEquals(segment + " and wholesale", json(JIRA.api("GET", "/customers/" + id, "bob", null), 200).get("segment").asText());
        JsonNode listed = json(JIRA.api("GET", SEGMENTS, "alice", null), 200).get("segments");
        assertEquals(2.0, listed.get(listed.size() - 1).get("weight").asDouble(), 0);
    }

    @Test
    public void removingASegmentCustomersHaveIsA409WithTheCountAndNothingChanges() throws Exception {
        String segment = "Wholesale " + UNIQUE.incrementAndGet();
        List<Map<String, Object>> list = listWith(segment, 1);
        put(list, 200);
        json(JIRA.api("POST", "/customers", "alice", customer("First of " + segment, segment)), 201);
        json(JIRA.api("POST", "/customers", "alice", customer("Second of " + segment, segment)), 201);
        String before = JIRA.api("GET", SEGMENTS, "admin", null).body();

        list.remove(list.size() - 1);
        HttpResponse<String> refused = JIRA.api("PUT", SEGMENTS, "admin", JSON.writeValueAsString(Map.of("segments", list)));
        assertEquals(refused.body(), 409, refused.statusCode());
        assertThat(refused.body(), containsString("'" + segment + "' (2 customers)"));
        assertEquals(before, JIRA.api("GET", SEGMENTS, "admin", null).body());
    }

    @Test
    public void badListsAndOtherUsersAreRefusedAndNothingChanges() throws Exception {
        String before = JIRA.api("GET", SEGMENTS, "admin", null).body();
        String same = JSON.writeValueAsString(Map.of("segments", listWith("Bob's own", 1)));
        assertEquals(403, JIRA.api("PUT", SEGMENTS, "bob", same).statusCode());
        assertEquals(403, JIRA.api("PUT", SEGMENTS, "alice", same).statusCode());
        assertEquals(401, JIRA.api("PUT", SEGMENTS, null, same).statusCode());
        for (String body : new String[]{"{\"segments\":[{\"name\":\"Enterprise\",\"weight\":-1}]}",
                "{\"segments\":[{\"name\":\"Enterprise\",\"weight\":11}]}", "{\"segments\":[{\"name\":\"Enterprise\",\"weight\":\"heavy\"}]}",
                "{\"segments\":[{\"name\":\"a;b\"}]}", "{\"segments\":[{\"name\":\"\"}]}", "{\"segments\":[{\"name\":\"X\"},{\"name\":\"x\"}]}",
                "{\"segments\":[{\"name\":\"X\",\"renamedFrom\":\"Nowhere\"}]}", "{\"segments\":[null]}", "{}", "[]", "not json"}) {
            assertEquals(body, 4, JIRA.api("PUT", SEGMENTS, "admin", body).statusCode() / 100);
        }
        assertEquals(before, JIRA.api("GET", SEGMENTS, "admin", null).body());
    }

    /** The list as it is, with one more segment at the end. */
    private static List<Map<String, Object>> listWith(String segment, double weight) throws Exception {
        List<Map<String, Object>> list = new ArrayList<>();
        for (JsonNode listed : json(JIRA.api("GET", SEGMENTS, "admin", null), 200).get("segments")) {
            list.add(new LinkedHashMap<>(Map.of("name", listed.get("name").asText(), "weight", listed.get("weight").asDouble())));
        }
        list.add(new LinkedHashMap<>(Map.of("name", segment, "weight", weight)));
        return list;
    }

    private static JsonNode put(List<Map<String, Object>> list, int expectedStatus) throws Exception {
        return json(JIRA.api("PUT", SEGMENTS, "admin", JSON.writeValueAsString(Map.of("segments", list))), expectedStatus);
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("segments").forEach(segment -> names.add(segment.get("name").asText()));
        return names;
    }

    private static String customer(String name, String segment) throws Exception {
        return JSON.writeValueAsString(Map.of("name", name, "segment", segment, "arr", 1000, "currency", "USD"));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

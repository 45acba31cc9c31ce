package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.productops.standin.RunningStandIn.json;
import static org.junit.Assert.assertEquals;

/**
 * The tag field's suggestions: tags in use that start with what was typed, ignoring case, most used first; in one SQL
 * statement; a bad count is a 400 and an anonymous caller a 401.
 */
public class TagsApiIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Test
    public void suggestsTheTagsStartingWithWhatWasTypedMostUsedFirst() throws Exception {
        String stem = "zqtag" + UNIQUE.incrementAndGet();
        capture("alice", stem + "-renewal");
        capture("bob", stem + "-renewal", stem + "-churn");
        capture("alice", stem + "-renewals");
        capture("alice", stem + "-renewal");

        JsonNode values = json(JIRA.api("GET", "/tags?query=" + stem.toUpperCase() + "-REN", "bob", null), 200).get("values");
        assertEquals("[" + stem + "-renewal × 3, " + stem + "-renewals × 1]", uses(values));
        assertEquals("[" + stem + "-renewal × 3]", uses(json(JIRA.api("GET", "/tags?query=" + stem + "&maxResults=1", "bob", null), 200)
                .get("values")));
        assertEquals("a wildcard typed is a character, not a pattern", "[]",
                uses(json(JIRA.api("GET", "/tags?query=" + stem + "%25", "bob", null), 200).get("values")));
    }

    @Test
    public void oneStatementWhateverTheTags() throws Exception {
        List<String> statements = JIRA.sqlStatementsOf(() -> json(JIRA.api("GET", "/tags?query=", "admin", null), 200));
        assertEquals(statements.toString(), 1, statements.size());
    }

    @Test
    public void aBadCountIsABadRequestAndStrangersAreNotLetIn() throws Exception {
        assertEquals(400, JIRA.api("GET", "/tags?maxResults=ten", "alice", null).statusCode());
        assertEquals(400, JIRA.api("GET", "/tags?maxResults=0", "alice", null).statusCode());
        assertEquals(401, JIRA.api("GET", "/tags?query=re", null, null).statusCode());
    }

    private static void capture(String user, String... tags) throws Exception {
        String body = "{\"title\":\"Tagged " + UNIQUE.incrementAndGet() + "\",\"quote\":\"q\",\"source\":\"interview\",\"tags\":[\""
                + String.join("\",\"", tags) + "\"]}";
        json(JIRA.api("POST", "/insights", user, body), 201);
    }

    private static String uses(JsonNode values) {
        List<String> uses = new ArrayList<>();
        values.forEach(use -> uses.add(use.get("tag").asText() + " × " + use.get("insights").asInt()));
        return uses.toString();
    }
}

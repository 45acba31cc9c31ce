package dev.productops.standin.jira;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import org.junit.Test;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class JiraSearchJsonTest {

    private final HostData data = SampleOrganisation.generate(1);
    private final JiraSearchJson search = new JiraSearchJson(new JiraIssueJson(data, TinyJira.BASE_URL));
    private final Predicate<HostIssue> everything = issue -> true;

    @Test
    public void pagesThroughTheMatches() {
        List<HostIssue> matches = data.issues();
        ObjectNode page = search.search(matches, 10, 5, everything);

        assertEquals("schema,names", page.get("expand").asText());
        assertEquals(10, page.get("startAt").asInt());
        assertEquals(5, page.get("maxResults").asInt());
        assertEquals(matches.size(), page.get("total").asInt());
        assertEquals(5, page.get("issues").size());
        assertEquals(matches.get(10).key(), page.at("/issues/0/key").asText());
        assertTrue(page.at("/issues/0/fields/summary").isTextual());
    }

    @Test
    public void clampsThePageSize() {
        List<HostIssue> matches = data.issues();

        assertEquals(50, search.search(matches, 0, null, everything).get("issues").size());
        assertEquals(50, search.search(matches, 0, null, everything).get("maxResults").asInt());
        assertEquals(1, search.search(matches, 0, 0, everything).get("maxResults").asInt());
        assertEquals(1, search.search(matches, 0, -3, everything).get("issues").size());
        assertEquals(1000, search.search(matches, 0, 5000, everything).get("maxResults").asInt());
        assertEquals(matches.size(), search.search(matches, 0, 5000, everything).get("issues").size());
    }

    @Test
    public void answersAnEmptyPagePastTheEnd() {
        ObjectNode page = search.search(data.issues(), 10_000, 50, everything);

        assertEquals(0, page.get("issues").size());
        assertEquals(data.issues().size(), page.get("total").asInt());
    }

    @Test
    public void refusesANegativeStart() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> search.search(data.issues(), -1, 50, everything));
        assertTrue(error.getMessage().contains("startAt"));
    }
}

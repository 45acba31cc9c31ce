package dev.productops.standin.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import org.junit.Test;

import java.util.function.Predicate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class IssuePickerJsonTest {

    private final HostData data = TinyJira.data();
    private final IssuePickerJson picker = new IssuePickerJson(data);
    private final Predicate<HostIssue> aliceSees = issue -> data.canBrowse(TinyJira.ALICE, issue);

    private JsonNode section(String query, Predicate<HostIssue> visible) {
        return picker.picker(query, visible).at("/sections/0");
    }

    @Test
    public void findsIssuesByKeyPrefix() {
        JsonNode section = section("pay-", aliceSees);

        assertEquals("Current Search", section.get("label").asText());
        assertEquals("cs", section.get("id").asText());
        assertEquals(2, section.get("issues").size());
        assertEquals("PAY-1", section.at("/issues/0/key").asText());
        assertEquals("<b>PAY-</b>1", section.at("/issues/0/keyHtml").asText());
        assertEquals("", section.at("/issues/0/img").asText());
        assertEquals("Showing 2 of 2 matching issues", section.get("sub").asText());
    }

    @Test
    public void findsIssuesBySummaryWordsAndEscapesThem() {
        JsonNode issue = section("fix LOG", aliceSees).at("/issues/0");

        assertEquals("PAY-2", issue.get("key").asText());
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <b>Fix</b> <b>log</b>in &amp; <b>log</b>out",
                issue.get("summary").asText());
        assertEquals("<script>alert('x')</script> Fix login & logout", issue.get("summaryText").asText());
        assertEquals("PAY-2", issue.get("keyHtml").asText());
    }

    @Test
    public void neverRendersMarkupFromTheSummaryAsHtml() {
        for (String query : new String[] {"script", "<script>", "alert", ""}) {
            for (JsonNode issue : section(query, aliceSees).get("issues")) {
                assertFalse(query, issue.get("summary").asText().contains("<script"));
                assertFalse(query, issue.get("keyHtml").asText().contains("<script"));
            }
        }
        assertEquals("&lt;<b>script</b>&gt;alert(&#39;x&#39;)&lt;/<b>script</b>&gt; Fix login &amp; logout",
                section("script", aliceSees).at("/issues/0/summary").asText());
    }

    @Test
    public void showsOnlyVisibleIssues() {
        assertEquals(1, section("rotate", aliceSees).get("issues").size());
        assertEquals(0, section("rotate", issue -> data.canBrowse(TinyJira.BOB, issue)).get("issues").size());
    }

    @Test
    public void returnsAtMostTwentyIssues() {
        HostData sample = SampleOrganisation.generate(3);
        JsonNode section = new IssuePickerJson(sample).picker("PAY", issue -> true).at("/sections/0");

        assertEquals(20, section.get("issues").size());
        assertTrue(section.get("sub").asText().startsWith("Showing 20 of "));
    }
}

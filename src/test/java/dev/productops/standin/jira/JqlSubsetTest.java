package dev.productops.standin.jira;

import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class JqlSubsetTest {

    private final HostData data = SampleOrganisation.generate(7);

    private List<String> keys(String jql) {
        JqlQuery query = JqlSubset.parse(jql, data);
        return data.issues().stream().filter(issue -> query.matches(issue, data)).sorted(query.order())
                .map(HostIssue::key).toList();
    }

    private String error(String jql) {
        return assertThrows(JqlSubset.UnsupportedJqlException.class, () -> JqlSubset.parse(jql, data)).getMessage();
    }

    @Test
    public void emptyQueryFindsEverythingInKeyOrder() {
        assertEquals(data.issues().size(), keys("").size());
        assertEquals(data.issues().size(), keys("   ").size());
        assertEquals(data.issues().size(), keys(null).size());
        assertEquals(data.issues().stream().map(HostIssue::key).toList(), keys(""));
    }

    @Test
    public void filtersByProject() {
        List<String> pay = keys("project = PAY");
        assertTrue(pay.stream().allMatch(key -> key.startsWith("PAY-")));
        assertEquals("PAY-2", pay.get(1));
        assertEquals(keys("project in (PAY, MOB)").size(), pay.size() + keys("project = \"MOB\"").size());
        assertEquals(pay, keys("PROJECT IN ('pay')"));
        assertEquals(pay, keys("project = Payments"));
        assertEquals(pay, keys("project = 10000"));
    }

    @Test
    public void filtersByKeyAndCombinesWithAnd() {
        assertEquals(List.of("PAY-7"), keys("key = PAY-7"));
        assertEquals(List.of("MOB-3", "PAY-7"), keys("issuekey in (pay-7, \"MOB-3\")"));
        assertEquals(List.of("PAY-7"), keys("project = PAY and key in (PAY-7, MOB-3)"));
        assertEquals(List.of(), keys("project = PAY AND project = MOB"));
    }

    @Test
    public void ordersByKey() {
        assertEquals(List.of("PAY-10", "PAY-9", "PAY-2"), keys("key in (PAY-2, PAY-10, PAY-9) ORDER BY key DESC"));
        assertEquals(List.of("PAY-2", "PAY-9", "PAY-10"), keys("key in (PAY-2, PAY-10, PAY-9) order by KEY asc"));
        assertEquals(data.issues().size(), keys("ORDER BY key").size());
    }

    @Test
    public void explainsUnsupportedJqlLikeJira() {
        assertEquals("Error in the JQL Query: The field 'assignee' is not supported here. "
                + "Supported: project, key, ORDER BY key.", error("assignee = alice"));
        assertEquals("Error in the JQL Query: The keyword 'OR' is not supported here. Supported: AND, ORDER BY key.",
                error("project = PAY or project = MOB"));
        assertEquals("Error in the JQL Query: The operator '!=' is not supported here for the field 'project'. "
                + "Supported: =, in.", error("project != PAY"));
        assertEquals("Error in the JQL Query: The operator 'not in' is not supported here for the field 'project'. "
                + "Supported: =, in.", error("project not in (PAY)"));
        assertEquals("Error in the JQL Query: Ordering by 'created' is not supported here. "
                + "Supported: project, key, ORDER BY key.", error("project = PAY ORDER BY created"));
        assertTrue(error("key in (currentUser())").contains("The function 'currentUser'"));
    }

    @Test
    public void reportsSyntaxErrorsWithPosition() {
        assertEquals("Error in the JQL Query: Expecting either a value or a list but got ')'. (line 1, character 15)",
                error("project in (A,)"));
        assertTrue(error("project = PAY MOB").contains("Expecting either 'AND' or 'ORDER BY' but got 'MOB'"));
        assertTrue(error("project =").contains("but got end of query"));
        assertTrue(error("project = \"PAY").contains("has not been completed"));
        assertTrue(error("= PAY").contains("Expecting a field name"));
        assertTrue(error("project in PAY").contains("Expecting '(' after 'in'"));
        assertTrue(error("project in (PAY").contains("Expecting ',' or ')'"));
    }

    @Test
    public void refusesProjectsAndIssuesThatDoNotExist() {
        assertEquals("The value 'XYZ' does not exist for the field 'project'.", error("project = XYZ"));
        assertEquals("An issue with key 'PAY-999' does not exist for field 'key'.", error("key = PAY-999"));
        assertEquals("The issue key 'banana' for field 'key' is invalid.", error("key = banana"));
    }

    @Test
    public void treatsWhatTheViewerCannotSeeAsMissing() {
        var bob = data.user("bob").orElseThrow();

        assertEquals(1, JqlSubset.parse("project = MOB", data, bob).projectKeyClauses().size());
        var hiddenProject = assertThrows(JqlSubset.UnsupportedJqlException.class,
                () -> JqlSubset.parse("project = PAY", data, bob));
        assertEquals("The value 'PAY' does not exist for the field 'project'.", hiddenProject.getMessage());
        var hiddenIssue = assertThrows(JqlSubset.UnsupportedJqlException.class,
                () -> JqlSubset.parse("key = PAY-1", data, bob));
        assertEquals("An issue with key 'PAY-1' does not exist for field 'key'.", hiddenIssue.getMessage());
    }
}

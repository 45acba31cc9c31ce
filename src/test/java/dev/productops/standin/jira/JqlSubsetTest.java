package dev.productops.standin.jira;

import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.StatusCategory;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
                + "Supported: project, key (issue, id), statusCategory, resolved, ORDER BY key or resolved.", error("assignee = alice"));
        assertEquals("Error in the JQL Query: The keyword 'OR' is not supported here. Supported: AND, ORDER BY.",
                error("project = PAY or project = MOB"));
        assertEquals("Error in the JQL Query: The operator '!=' is not supported here for the field 'project'. "
                + "Supported: =, in.", error("project != PAY"));
        assertEquals("Error in the JQL Query: The operator 'not in' is not supported here for the field 'project'. "
                + "Supported: =, in.", error("project not in (PAY)"));
        assertEquals("Error in the JQL Query: Ordering by 'created' is not supported here. "
                + "Supported: project, key (issue, id), statusCategory, resolved, ORDER BY key or resolved.", error("project = PAY ORDER BY created"));
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

        assertEquals(1, JqlSubset.parse("project = MOB", data, bob, ZONE).projectKeyClauses().size());
        var hiddenProject = assertThrows(JqlSubset.UnsupportedJqlException.class,
                () -> JqlSubset.parse("project = PAY", data, bob, ZONE));
        assertEquals("The value 'PAY' does not exist for the field 'project'.", hiddenProject.getMessage());
        var hiddenIssue = assertThrows(JqlSubset.UnsupportedJqlException.class,
                () -> JqlSubset.parse("key = PAY-1", data, bob, ZONE));
        assertEquals("An issue with key 'PAY-1' does not exist for field 'key'.", hiddenIssue.getMessage());
    }

    @Test
    public void findsIssuesByIdAsJiraReadsANumberForTheIssueField() {
        HostIssue pay2 = data.issueByKey("PAY-2").orElseThrow();
        assertEquals(List.of("PAY-2"), keys("issue in (" + pay2.id() + ")"));
        assertEquals(List.of("PAY-2"), keys("id = " + pay2.id()));
        assertEquals(List.of("PAY-2"), keys("issuekey in (PAY-2)"));
        assertEquals("An issue with key '999999' does not exist for field 'issue'.", error("issue = 999999"));
    }

    @Test
    public void filtersByStatusCategoryNameOrKey() {
        List<String> notDone = keys("statusCategory != Done");
        List<String> done = keys("statuscategory = done");
        assertEquals(data.issues().size(), notDone.size() + done.size());
        assertTrue(done.stream().allMatch(key -> data.issueByKey(key).orElseThrow().statusCategory() == StatusCategory.DONE));
        assertEquals(keys("statusCategory = \"In Progress\"").size() + keys("statusCategory = \"To Do\"").size(), notDone.size());
        assertEquals("The value 'Finished' does not exist for the field 'statusCategory'.", error("statusCategory = Finished"));
    }

    /**
     * What SearchService does: parseQuery checks syntax only and search runs the query unvalidated, so a deleted
     * issue's id or an unknown project matches nothing instead of failing the whole query; bad syntax still fails.
     */
    @Test
    public void unvalidatedQueriesMatchNothingForValuesThatNameNothing() {
        HostIssue pay2 = data.issueByKey("PAY-2").orElseThrow();
        JqlQuery query = JqlSubset.parseUnvalidated("project in (PAY, XYZ) AND issue in (999999, " + pay2.id() + ", PAY-999)", data, ZONE);
        assertEquals(List.of(pay2), query.candidates(data).stream().filter(issue -> query.matches(issue, data)).toList());
        JqlQuery nothing = JqlSubset.parseUnvalidated("project = XYZ AND statusCategory != Whatever", data, ZONE);
        assertEquals(List.of(), nothing.candidates(data).stream().filter(issue -> nothing.matches(issue, data)).toList());
        assertThrows(JqlSubset.UnsupportedJqlException.class, () -> JqlSubset.parseUnvalidated("project in (PAY", data, ZONE));
    }

    // ---- resolved (the metrics gadget's drill-down links) ---------------------------------------------

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final HostProject PAY = new HostProject(10000, "PAY", "Payments", "alice");
    private static final HostProject CHK = new HostProject(10001, "CHK", "Checkout", "alice");

    /** Issues resolved around the end of a period, at instants that sit exactly on the day boundaries that matter. */
    private static HostData resolvedAroundNovember() {
        List<HostIssue> issues = List.of(
                resolvedAt(1, "PAY-1", PAY, LocalDate.of(2026, 9, 6).atTime(23, 59)),
                resolvedAt(2, "PAY-2", PAY, LocalDate.of(2026, 9, 7).atStartOfDay()),
                resolvedAt(3, "PAY-3", PAY, LocalDate.of(2026, 11, 26).atStartOfDay()),
                resolvedAt(4, "CHK-1", CHK, LocalDate.of(2026, 11, 26).atTime(23, 59)),
                resolvedAt(5, "CHK-2", CHK, LocalDate.of(2026, 11, 27).atStartOfDay()),
                resolvedAt(6, "CHK-3", CHK, null));
        return new HostData(List.of(PAY, CHK), List.of(), issues, List.of(), List.of(), List.of());
    }

    private static HostIssue resolvedAt(long id, String key, HostProject project, LocalDateTime resolved) {
        Instant created = Instant.parse("2026-08-01T09:00:00Z");
        return new HostIssue(id, key, project.id(), "Issue " + key, null, "Story", null, resolved == null ? "To Do" : "Done",
                resolved == null ? StatusCategory.TO_DO : StatusCategory.DONE, null, null, null, created, created,
                resolved == null ? null : resolved.atZone(ZONE).toInstant(), List.of());
    }

    private static List<String> keys(String jql, HostData data) {
        JqlQuery query = JqlSubset.parse(jql, data);
        return data.issues().stream().filter(issue -> query.matches(issue, data)).sorted(query.order())
                .map(HostIssue::key).toList();
    }

    @Test
    public void aPeriodOfResolutionDatesIncludesItsFirstDayAndStopsBeforeTheDayAfterItsLast() {
        HostData data = resolvedAroundNovember();
        assertEquals(List.of("CHK-1", "PAY-2", "PAY-3"),
                keys("project in (PAY, CHK) AND resolved >= \"2026-09-07\" AND resolved < \"2026-11-27\"", data));
        assertEquals(List.of("CHK-1", "PAY-2", "PAY-3"), keys("resolved >= 2026-09-07 and resolutiondate < '2026/11/27'", data));
    }

    @Test
    public void aDateWithATimeIsThatMinuteInTheSearchersZone() {
        HostData data = resolvedAroundNovember();
        assertEquals(List.of("PAY-1", "PAY-2"), keys("resolved >= \"2026-09-06 23:59\" AND resolved < \"2026/09/07 00:01\"", data));
        assertEquals(List.of("PAY-2"), keys("resolved > \"2026-09-06 23:59\" AND resolved <= \"2026-09-07 00:00\"", data));
    }

    @Test
    public void aDateWithoutATimeIsTheStartOfThatDayAsInJira() {
        HostData data = resolvedAroundNovember();
        // <= "2026-11-26" ends at the midnight that starts the 26th: CHK-1, resolved that evening, is not in it.
        assertEquals(List.of("PAY-1", "PAY-2", "PAY-3"), keys("resolved <= 2026-11-26", data));
        assertEquals(List.of("CHK-1", "CHK-2"), keys("resolved > 2026-11-26", data));
        assertEquals("an unresolved issue matches no resolution date", List.of(), keys("key = CHK-3 AND resolved < 2100-01-01", data));
    }

    @Test
    public void ordersByResolutionDateThenKey() {
        HostData data = resolvedAroundNovember();
        assertEquals(List.of("CHK-2", "CHK-1", "PAY-3", "PAY-2", "PAY-1", "CHK-3"), keys("ORDER BY resolved DESC", data));
        assertEquals(List.of("PAY-1", "PAY-2", "PAY-3", "CHK-1", "CHK-2", "CHK-3"), keys("order by resolutiondate", data));
        assertEquals(List.of("PAY-3", "PAY-2", "PAY-1", "CHK-3", "CHK-2", "CHK-1"), keys("ORDER BY key DESC", data));
        assertEquals(List.of("CHK-1", "CHK-2", "CHK-3", "PAY-1", "PAY-2", "PAY-3"), keys("project in (PAY, CHK) ORDER BY key", data));
        assertEquals(List.of("PAY-3", "CHK-1"), keys("key in (CHK-1, PAY-3) ORDER BY resolved, key DESC", data));
    }

    @Test
    public void explainsUnsupportedDateQueriesLikeJira() {
        assertEquals("Date value '26/11/2026' for field 'resolved' is invalid. Valid formats include: "
                + "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd'.",
                error("resolved >= 26/11/2026"));
        assertEquals("Date value '2026-02-30' for field 'resolved' is invalid. Valid formats include: "
                + "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd'.",
                error("resolved >= 2026-02-30"));
        assertEquals("Error in the JQL Query: The operator '=' is not supported here for the field 'resolved'. "
                + "Supported: >=, >, <=, <.", error("resolved = 2026-11-26"));
        assertEquals("Error in the JQL Query: The operator 'is EMPTY' is not supported here for the field 'resolved'. "
                + "Supported: >=, >, <=, <.", error("resolved is EMPTY"));
        assertTrue(error("resolved >= startOfWeek()").contains("The function 'startOfWeek'"));
        assertTrue(error("ORDER BY resolved DESC key").contains("Expecting ',' or 'ASC' or 'DESC' but got 'key'"));
        assertTrue(error("ORDER BY").contains("Expecting a field name but got end of query"));
    }
}

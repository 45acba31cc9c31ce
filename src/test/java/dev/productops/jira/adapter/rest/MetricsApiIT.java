package dev.productops.jira.adapter.rest;

import dev.productops.standin.host.StandInTimeZones;
import dev.productops.standin.sample.SampleOrganisation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.RunningStandIn;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostProject;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The metrics API end to end on the sample organisation, for an administrator and for bob, who browses MOB only. */
public class MetricsApiIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/productops/1.0/metrics/";

    @Test
    public void evidenceCoverageCountsTheResolvedIssuesAndThoseBackedByEvidence() throws Exception {
        String projects = String.join(",", allProjectKeys());
        JsonNode coverage = json(get("evidence-coverage?projects=" + projects, "admin"), 200);
        LocalDate from = LocalDate.parse(coverage.get("from").asText());
        LocalDate to = LocalDate.parse(coverage.get("to").asText());
        assertEquals("today in the administrator's zone, Jira's default", LocalDate.now(StandInTimeZones.configuredDefault()), to);
        assertEquals("twelve weeks by default, from a Monday", to.with(java.time.DayOfWeek.MONDAY).minusWeeks(11), from);
        assertEquals(12, coverage.get("series").size());

        Set<Long> resolved = new HashSet<>();
        for (HostIssue issue : JIRA.standIn().data().issues()) {
            LocalDate day = issue.resolutionDate() == null ? null : issue.resolutionDate().atZone(StandInTimeZones.configuredDefault()).toLocalDate();
            if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
                resolved.add(issue.id());
            }
        }
        Set<Long> withEvidence = linkedIssueIds();
        withEvidence.retainAll(resolved);
        JsonNode totals = coverage.get("totals");
        assertEquals(resolved.size(), totals.get("resolved").asInt());
        assertEquals(withEvidence.size(), totals.get("linked").asInt());
        assertTrue("the sample links evidence to delivered work", withEvidence.size() > 0);
        assertTrue(totals.get("strong").asInt() <= totals.get("linked").asInt());
        assertEquals(Math.round(withEvidence.size() * 1000.0 / resolved.size()) / 1000.0, totals.get("linkedShare").asDouble(), 1e-9);

        int resolvedByWeek = 0;
        for (JsonNode week : coverage.get("series")) {
            assertEquals("weeks start on Monday", 1, LocalDate.parse(week.get("start").asText()).getDayOfWeek().getValue());
            resolvedByWeek += week.get("values").get("resolved").asInt();
        }
        assertEquals(resolved.size(), resolvedByWeek);
        assertEquals(3.0, coverage.get("inputs").get("threshold").asDouble(), 0);
        assertThat(decoded(coverage.get("drilldown").get("resolved")), containsString("/issues/?jql=project in ("));
        assertThat(decoded(coverage.get("drilldown").get("resolved")), containsString("resolved < \"" + to.plusDays(1) + "\""));
        assertThat(decoded(coverage.get("drilldown").get("linked")), containsString("key in ("));
    }

    @Test
    public void aRestrictedViewerGetsSmallerNumbersAndIsToldWhichProjectsWereLeftOut() throws Exception {
        JsonNode admins = json(get("evidence-coverage?projects=MOB,PAY", "admin"), 200);
        JsonNode bobs = json(get("evidence-coverage?projects=MOB,PAY", "bob"), 200);
        assertEquals(List.of("MOB"), texts(bobs.get("projects")));
        assertEquals(List.of("PAY"), texts(bobs.get("skippedProjects")));
        assertTrue(bobs.get("totals").get("resolved").asInt() < admins.get("totals").get("resolved").asInt());
        assertThat(decoded(bobs.get("drilldown").get("resolved")), containsString("project in (MOB) AND resolved >="));

        JsonNode adminHealth = json(get("dependency-health?projects=MOB", "admin"), 200);
        JsonNode bobHealth = json(get("dependency-health?projects=MOB", "bob"), 200);
        assertTrue("MOB's cross-team dependencies lead to projects bob cannot see",
                bobHealth.get("totals").get("open").asInt() < adminHealth.get("totals").get("open").asInt());
        for (JsonNode week : bobHealth.get("series")) {
            if (!week.get("values").isNull()) {
                assertEquals("bob sees no project but MOB, so no cross-team dependency in the history either", 0,
                        week.get("values").get("open").asInt());
            }
        }
        for (JsonNode issue : json(get("top-evidence?projects=MOB,PAY", "bob"), 200).get("issues")) {
            assertTrue(issue.get("key").asText().startsWith("MOB-"));
        }
        assertEquals(404, get("evidence-coverage?projects=PAY,CHK", "bob").statusCode());
    }

    @Test
    public void dependencyHealthShowsTheSeededCycleNowAndAWeeklyHistory() throws Exception {
        JsonNode health = json(get("dependency-health?projects=PAY,CHK,PLAT", "admin"), 200);
        JsonNode now = health.get("totals");
        assertTrue("PAY-7 → CHK-12 → PLAT-5 → PAY-7 crosses three teams", now.get("inCycles").asInt() >= 3);
        assertTrue(now.get("atRisk").asInt() >= now.get("inCycles").asInt());
        assertTrue(now.get("open").asInt() >= now.get("atRisk").asInt());
        assertNotNull(now.get("medianBlockerAgeDays").numberValue());
        int weeksWithHistory = 0;
        for (JsonNode week : health.get("series")) {
            if (!week.get("values").isNull()) {
                weeksWithHistory++;
                assertTrue(week.get("values").get("open").asInt() > 0);
            }
        }
        assertTrue("the sample seeds eight weekly snapshots and today's", weeksWithHistory >= 8);
        assertThat(health.get("drilldown").get("atRisk").asText(), containsString("/plugins/servlet/productops/board?projects=PAY%2CCHK%2CPLAT"));
    }

    @Test
    public void runningTheDailySnapshotTwiceOnADayKeepsOneSnapshot() throws Exception {
        LocalDate day = LocalDate.now().minusDays(3);
        int recorded = (Integer) JIRA.standIn().plugin().invoke("dependencySnapshotJob", "takeSnapshotAsOf", day);
        assertTrue(recorded > 0);
        assertEquals(recorded, JIRA.standIn().plugin().invoke("dependencySnapshotJob", "takeSnapshotAsOf", day));
        try (Connection connection = JIRA.standIn().entityManager().getProvider().getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM AO_81842C_DEP_SNAPSHOT WHERE SNAPSHOT_DAY = ?")) {
            count.setTimestamp(1, java.sql.Timestamp.valueOf(day.atStartOfDay()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertEquals(recorded, rows.getInt(1));
            }
        }
    }

    @Test
    public void insightIntakeCountsEveryInsightOnceBySourceAndBySegment() throws Exception {
        JsonNode intake = json(get("insight-intake?from=" + LocalDate.now().minusDays(700) + "&to=" + LocalDate.now(), "alice"), 200);
        JsonNode totals = intake.get("totals");
        assertEquals(countRows("AO_81842C_INSIGHT"), totals.get("total").asInt());
        Map<String, Integer> bySource = new TreeMap<>();
        Map<String, Integer> bySegment = new TreeMap<>();
        Map<Integer, String> segmentOf = new HashMap<>();
        try (Connection connection = JIRA.standIn().entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT ID, SEGMENT FROM AO_81842C_CUSTOMER")) {
                while (rows.next()) {
                    segmentOf.put(rows.getInt(1), rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT SOURCE, CUSTOMER_ID FROM AO_81842C_INSIGHT")) {
                while (rows.next()) {
                    bySource.merge(rows.getString(1), 1, Integer::sum);
                    String segment = segmentOf.get(rows.getInt(2));
                    bySegment.merge(segment == null ? "" : segment, 1, Integer::sum);
                }
            }
        }
        assertEquals("every insight row, counted by its source", bySource, counts(totals.get("bySource")));
        assertEquals("and by its customer's segment (\"\" without one)", bySegment, counts(totals.get("bySegment")));
        int byWeek = 0;
        for (JsonNode week : intake.get("series")) {
            byWeek += week.get("values").get("total").asInt();
        }
        assertEquals(totals.get("total").asInt(), byWeek);
    }

    @Test
    public void topEvidenceListsWaitingIssuesBestFirst() throws Exception {
        JsonNode top = json(get("top-evidence?projects=" + String.join(",", allProjectKeys()) + "&maxResults=5", "admin"), 200);
        JsonNode issues = top.get("issues");
        assertTrue(issues.size() > 0 && issues.size() <= 5);
        double previous = Double.MAX_VALUE;
        for (JsonNode issue : issues) {
            double score = issue.get("score").asDouble();
            assertTrue("best first", score <= previous);
            previous = score;
            assertEquals("totalArr is in the base currency, named beside it", "USD", issue.get("currency").asText());
            assertTrue(issue.get("totalArr").canConvertToLong() && issue.get("totalArr").asLong() >= 0);
            HostIssue host = JIRA.standIn().data().issues().stream().filter(i -> i.key().equals(issue.get("key").asText()))
                    .findFirst().orElseThrow();
            assertTrue("not done: " + host.key(), !host.isDone());
        }
    }

    /** "Waiting" is Jira's to say: not done and in no unreleased fix version. Expectations come from Jira's own data. */
    @Test
    public void topEvidenceLeavesOutWhatIsDoneOrPlannedInAnUnreleasedVersion() throws Exception {
        HostProject pay = JIRA.standIn().data().projectByKey("PAY").orElseThrow();
        List<HostIssue> open = JIRA.standIn().data().issuesOf(pay.id()).stream().filter(i -> !i.isDone()).toList();
        HostIssue planned = open.stream().filter(MetricsApiIT::inAnUnreleasedVersion).findFirst().orElseThrow();
        HostIssue unplanned = open.stream().filter(i -> !inAnUnreleasedVersion(i)).findFirst().orElseThrow();
        HostIssue done = JIRA.standIn().data().issuesOf(pay.id()).stream().filter(HostIssue::isDone).findFirst().orElseThrow();
        // Twelve critical insights without a customer: 12 × 3 × 0.5 = 18, more than any sample issue has.
        String links = "[{\"issueKey\":\"" + planned.key() + "\",\"importance\":3},{\"issueKey\":\"" + unplanned.key()
                + "\",\"importance\":3},{\"issueKey\":\"" + done.key() + "\",\"importance\":3}]";
        for (int i = 0; i < 12; i++) {
            json(JIRA.api("POST", "/insights", "admin", "{\"title\":\"Waiting check " + i + "\",\"source\":\"interview\","
                    + "\"links\":" + links + "}"), 201);
        }

        JsonNode top = json(get("top-evidence?projects=PAY&maxResults=50", "admin"), 200).get("issues");
        List<String> keys = new ArrayList<>();
        top.forEach(issue -> keys.add(issue.get("key").asText()));
        assertEquals("the unplanned open issue leads", unplanned.key(), keys.get(0));
        assertEquals(18.0, top.get(0).get("score").asDouble(), 1e-9);
        assertTrue("planned in an unreleased version: " + keys, !keys.contains(planned.key()));
        assertTrue("done: " + keys, !keys.contains(done.key()));
        Set<Long> withEvidence = linkedIssueIds();
        for (String key : keys) {
            HostIssue issue = JIRA.standIn().data().issueByKey(key).orElseThrow();
            assertTrue(key, withEvidence.contains(issue.id()) && !issue.isDone() && !inAnUnreleasedVersion(issue));
        }
    }

    private static boolean inAnUnreleasedVersion(HostIssue issue) {
        return issue.fixVersionIds().stream().anyMatch(id -> !JIRA.standIn().data().version(id).orElseThrow().released());
    }

    @Test
    public void theGadgetsPeriodEndsOnTheViewersOwnTodayWhateverTheServersZone() throws Exception {
        ZoneId bobsZone = SampleOrganisation.TIME_ZONES.get("bob");
        JsonNode coverage = json(get("evidence-coverage?projects=MOB&weeks=4", "bob"), 200);
        LocalDate to = LocalDate.parse(coverage.get("to").asText());
        assertEquals(LocalDate.now(bobsZone), to);
        assertEquals(to.with(java.time.DayOfWeek.MONDAY).minusWeeks(3), LocalDate.parse(coverage.get("from").asText()));
        assertEquals(4, coverage.get("series").size());
        assertThat(message(get("evidence-coverage?projects=MOB&weeks=0", "bob"), 400), containsString("'weeks'"));
        assertThat(message(get("evidence-coverage?projects=MOB&weeks=few", "bob"), 400), containsString("'weeks'"));
    }

    @Test
    public void badRequestsGetAClearErrorInJirasShape() throws Exception {
        assertEquals(404, get("happiness?projects=PAY", "admin").statusCode());
        assertThat(message(get("evidence-coverage?projects=PAY&from=yesterday", "admin"), 400), containsString("'from'"));
        assertThat(message(get("evidence-coverage?projects=PAY&from=2026-03-01&to=2026-02-01", "admin"), 400), containsString("before"));
        assertThat(message(get("evidence-coverage?projects=PAY&from=2020-01-01&to=2026-01-01", "admin"), 400), containsString("two years"));
        assertThat(message(get("evidence-coverage?projects=PAY&interval=month", "admin"), 400), containsString("week"));
        assertThat(message(get("evidence-coverage?projects=PAY&threshold=lots", "admin"), 400), containsString("'threshold'"));
        assertThat(message(get("top-evidence?projects=PAY&maxResults=0", "admin"), 400), containsString("'maxResults'"));
        assertThat(message(get("top-evidence?projects=PAY&maxResults=2.5", "admin"), 400), containsString("'maxResults'"));
        assertThat(message(get("dependency-health", "admin"), 400), containsString("at least one project"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("P" + i);
        }
        assertThat(message(get("dependency-health?projects=" + String.join(",", many), "admin"), 400), containsString("At most 20"));
        assertThat(message(get("evidence-coverage?projects=NOPE", "admin"), 404), containsString("NOPE"));
        assertEquals(401, get("evidence-coverage?projects=PAY", null).statusCode());
    }

    @Test
    public void evidenceCoverageReadsTheDatabaseInAFixedNumberOfStatements() throws Exception {
        List<String> statements = JIRA.sqlStatementsOf(
                () -> json(get("evidence-coverage?projects=" + String.join(",", allProjectKeys()), "admin"), 200));
        assertEquals("one GROUP BY per thousand resolved issues: " + statements, 1, statements.size());
        assertThat(statements.get(0), containsString("GROUP BY"));
    }

    private static List<String> allProjectKeys() {
        return JIRA.standIn().data().projects().stream().map(HostProject::key).toList();
    }

    private static Set<Long> linkedIssueIds() throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection connection = JIRA.standIn().entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT ISSUE_ID FROM AO_81842C_INSIGHT_LINK")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static int countRows(String table) throws SQLException {
        try (Connection connection = JIRA.standIn().entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String decoded(JsonNode path) {
        return java.net.URLDecoder.decode(path.asText(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> counts(JsonNode counts) {
        Map<String, Integer> map = new TreeMap<>();
        counts.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asInt()));
        return map;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return JIRA.get(API + path, user);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static String message(HttpResponse<String> response, int status) throws IOException {
        return json(response, status).get("errorMessages").toString();
    }
}

package dev.productops.standin;

import dev.productops.standin.sample.SampleInsights;
import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.store.HostIssue;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The stand-in seeds customers and evidence once, and keeps its database between runs. */
public class SampleInsightsIT {
    /** Words every summary template uses, which say nothing about what an issue is about. */
    private static final java.util.Set<String> GLUE = java.util.Set.of("with", "when", "using", "from", "into", "support", "show");

    @Rule
    public final TemporaryFolder data = new TemporaryFolder();

    @Test
    public void seedsOnFirstStartAndReusesTheDatabaseAfterwards() throws Exception {
        JiraStandIn.Settings settings = new JiraStandIn.Settings(0, data.getRoot().toPath(), Optional.empty(),
                Paths.get("target/npm/node_modules"), 42L);
        int insights;
        try (JiraStandIn first = JiraStandIn.start(settings)) {
            insights = count(first, "AO_81842C_INSIGHT");
            assertEquals("five segments, three currencies", 12, count(first, "AO_81842C_CUSTOMER"));
            assertEquals(36 + 16, insights);
        }
        try (JiraStandIn second = JiraStandIn.start(settings)) {
            assertEquals(insights, count(second, "AO_81842C_INSIGHT"));
            assertEquals(SampleOrganisation.generate(42L).issues().size(), second.data().issues().size());
        }
    }

    @Test
    public void everySampleInsightIsAboutAnIssueItIsLinkedToAndPay7HasEvidence() throws Exception {
        JiraStandIn.Settings settings = new JiraStandIn.Settings(0, data.getRoot().toPath(), Optional.empty(),
                Paths.get("target/npm/node_modules"), 7L);
        try (JiraStandIn standIn = JiraStandIn.start(settings);
             var connection = standIn.entityManager().getProvider().getConnection();
             var rows = connection.createStatement().executeQuery("SELECT i.\"ID\", i.\"TITLE\", i.\"QUOTE\", l.\"ISSUE_ID\""
                     + " FROM \"AO_81842C_INSIGHT\" i JOIN \"AO_81842C_INSIGHT_LINK\" l ON l.\"INSIGHT_ID\" = i.\"ID\"")) {
            Map<Long, String> summaries = standIn.data().issues().stream()
                    .collect(Collectors.toMap(HostIssue::id, issue -> issue.key() + " " + issue.summary()));
            Map<Integer, Boolean> aboutALinkedIssue = new HashMap<>();
            boolean pay7HasEvidence = false;
            while (rows.next()) {
                String text = (rows.getString(2) + " " + rows.getString(3)).toLowerCase(Locale.ROOT);
                String issue = summaries.get(rows.getLong(4));
                boolean shared = Arrays.stream(issue.toLowerCase(Locale.ROOT).split("[^a-z0-9-]+"))
                        .anyMatch(word -> word.length() >= 4 && !GLUE.contains(word) && text.contains(word));
                aboutALinkedIssue.merge(rows.getInt(1), shared, Boolean::logicalOr);
                pay7HasEvidence |= issue.startsWith("PAY-7 ");
            }
            assertTrue("PAY-7, the cycle's landmark, has evidence", pay7HasEvidence);
            List<Integer> unrelated = aboutALinkedIssue.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
            assertEquals("insights sharing no word with any issue they are linked to", List.of(), unrelated);
            assertEquals(SampleInsights.OPEN_EVIDENCE + SampleInsights.DELIVERED_EVIDENCE, aboutALinkedIssue.size());
        }
    }

    private static int count(JiraStandIn standIn, String table) throws Exception {
        try (var connection = standIn.entityManager().getProvider().getConnection();
             var result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getInt(1);
        }
    }
}

package dev.productops.jira.domain.dependency;

import dev.productops.standin.dataset.RealData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;

/**
 * Raw /rest/api/2/issue documents from issues.apache.org (Choetkiertikul et al., ASE 2015,
 * SEAnalytics datasets), read from ../shared/data; skipped where absent. Link types Blocker,
 * dependent and Required are dependencies; the phrase from the document's side gives the direction.
 */
public class ApacheLinksTest {
    private static Path dir;
    private static final LocalDate TODAY = LocalDate.parse("2015-01-01");

    private static final List<JsonNode> documents = new ArrayList<>();

    @BeforeClass
    public static void readDocuments() throws IOException {
        dir = RealData.require("apache-issues-rest-json");
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                documents.add(json.readTree(file.toFile()));
            }
        }
    }

    private static StatusCategory category(JsonNode status) {
        return switch (status.path("statusCategory").path("key").asText()) {
            case "done" -> StatusCategory.DONE;
            case "indeterminate" -> StatusCategory.IN_PROGRESS;
            default -> StatusCategory.TO_DO;
        };
    }

    private static LocalDate date(JsonNode value) {
        return value.isTextual() ? LocalDate.parse(value.asText().substring(0, 10)) : null;
    }

    @Test
    public void blockerDependentAndRequiredLinksBecomeOneDependencyEachAndAllAreDone() {
        DependencyPhrases phrases = DependencyPhrases.defaults();
        IssueIndex index = new IssueIndex();
        IssueFacts facts = new IssueFacts(64);
        Dependencies dependencies = new Dependencies(64);
        Map<Long, String> linkDirection = new HashMap<>();
        int listings = 0;
        for (JsonNode document : documents) {
            JsonNode fields = document.path("fields");
            int node = index.add(document.path("id").asLong());
            facts.set(node, new Issue(document.path("key").asText(), category(fields.path("status")),
                    !fields.path("assignee").isNull(), date(fields.path("updated")), date(fields.path("duedate")), null,
                    fields.path("fixVersions").size() > 0));
        }
        for (JsonNode document : documents) {
            int self = index.nodeOf(document.path("id").asLong());
            for (JsonNode link : document.path("fields").path("issuelinks")) {
                boolean outward = link.has("outwardIssue");
                JsonNode other = outward ? link.path("outwardIssue") : link.path("inwardIssue");
                String phrase = link.path("type").path(outward ? "outward" : "inward").asText();
                DependencyPhrases.Direction direction = phrases.direction(phrase);
                if (direction == DependencyPhrases.Direction.NOT_A_DEPENDENCY) {
                    continue;
                }
                listings++;
                int linked = index.add(other.path("id").asLong());
                if (linked >= facts.size() || facts.key(linked).startsWith("#")) {
                    // outside the documents: Jira embeds its key and status in the link
                    facts.set(linked, Issue.of(other.path("key").asText(), category(other.path("fields").path("status"))));
                }
                int blocker = direction == DependencyPhrases.Direction.THIS_ISSUE_FIRST ? self : linked;
                int dependent = blocker == self ? linked : self;
                String pair = facts.key(blocker) + ">" + facts.key(dependent);
                long linkId = link.path("id").asLong();
                String seenBefore = linkDirection.putIfAbsent(linkId, pair);
                if (seenBefore == null) {
                    dependencies.add(linkId, blocker, dependent, null, null);
                } else {
                    // the other end of the same link must read the same way round
                    assertEquals(seenBefore, pair);
                }
            }
        }
        assertEquals(34, documents.size());
        assertEquals(43, listings);
        assertEquals("links listed from both ends count once", 25, dependencies.count());

        DependencyAnalysis analysis = DependencyAnalysis.of(facts, dependencies, RiskSettings.on(TODAY));
        assertEquals("a done blocker binds nobody: no edge of a cycle", 0, analysis.graph().edgeCount());
        assertEquals(0, analysis.components().cycles().size());
        // every blocker in this sample was resolved long ago
        assertEquals(25, (int) analysis.totals().get(RiskState.DONE));
        for (int i = 0; i < dependencies.count(); i++) {
            assertEquals(List.of(ReasonCode.BLOCKER_DONE), analysis.reasons(i).stream().map(RiskReason::code).toList());
        }
    }
}

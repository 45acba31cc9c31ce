package dev.productops.jira.domain.dependency;

import dev.productops.standin.dataset.RealData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The real issue links of the Spring Jira (Choetkiertikul et al., IEEE TSE 2017, SEAnalytics
 * datasets), read from ../shared/data; skipped where that data is absent. Each row is one link seen
 * from {@code issuekey}'s side; most dependency links are listed from both ends with inverse phrases.
 */
public class SpringLinksTest {
    private static Path csv;

    private static List<CSVRecord> rows;

    @BeforeClass
    public static void readLinks() throws IOException {
        csv = RealData.require("spring-issue-links.csv");
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
        }
    }

    /** Listings normalised to "first must finish before second" by the phrase table; other links dropped. */
    private static List<String[]> dependencies(DependencyPhrases phrases) {
        List<String[]> pairs = new ArrayList<>();
        for (CSVRecord row : rows) {
            String issue = row.get("issuekey");
            String linked = row.get("linkedIssueKey");
            switch (phrases.direction(row.get("name"))) {
                case THIS_ISSUE_FIRST -> pairs.add(new String[]{issue, linked});
                case LINKED_ISSUE_FIRST -> pairs.add(new String[]{linked, issue});
                case NOT_A_DEPENDENCY -> { }
            }
        }
        return pairs;
    }

    /** Jira issue keys to stand-in ids (the graph is keyed by id) and back. */
    private static final class Keys {
        final Map<String, Long> ids = new HashMap<>();
        final List<String> keys = new ArrayList<>();

        long id(String key) {
            return ids.computeIfAbsent(key, k -> {
                keys.add(k);
                return (long) keys.size() - 1;
            });
        }

        String keyOf(GraphBuilder builder, int node) {
            return keys.get((int) builder.issues().issueId(node));
        }
    }

    private static Set<String> asSet(List<String[]> pairs) {
        Set<String> set = new HashSet<>();
        for (String[] pair : pairs) {
            set.add(pair[0] + ">" + pair[1]);
        }
        return set;
    }

    @Test
    public void theDefaultPhrasesFindTheDependencyLinksAndIgnoreTheRest() {
        List<String[]> listings = dependencies(DependencyPhrases.defaults());
        assertEquals(1519, rows.size());
        assertEquals("235 'depends on' + 231 'is depended on by'", 466, listings.size());
        Set<String> phrases = new HashSet<>();
        for (CSVRecord row : rows) {
            phrases.add(row.get("name"));
        }
        for (String phrase : phrases) {
            boolean dependency = phrase.equals("depends on") || phrase.equals("is depended on by");
            assertEquals(phrase, dependency,
                    DependencyPhrases.defaults().direction(phrase) != DependencyPhrases.Direction.NOT_A_DEPENDENCY);
        }
    }

    @Test
    public void linksListedFromBothEndsCountOnce() {
        List<String[]> listings = dependencies(DependencyPhrases.defaults());
        Keys keys = new Keys();
        GraphBuilder builder = new GraphBuilder();
        Map<String, Integer> listedTimes = new HashMap<>();
        for (String[] pair : listings) {
            builder.dependency(keys.id(pair[0]), keys.id(pair[1]));
            listedTimes.merge(pair[0] + ">" + pair[1], 1, Integer::sum);
        }
        DependencyGraph graph = builder.build();
        assertEquals(468, graph.nodeCount());
        assertEquals(283, graph.edgeCount());
        assertEquals(asSet(listings).size(), graph.edgeCount());
        // 179 pairs appear in more than one row (175 twice, 4 three times), 104 only once
        assertEquals(179, listedTimes.values().stream().filter(times -> times > 1).count());
        assertEquals(4, listedTimes.values().stream().filter(times -> times == 3).count());
        assertEquals(466 - 283, listings.size() - graph.edgeCount());
    }

    @Test
    public void everyCycleFoundIsRealAndNoneIsInventedByTheTwoEnds() {
        List<String[]> listings = dependencies(DependencyPhrases.defaults());
        Set<String> normalised = asSet(listings);
        Keys keys = new Keys();
        GraphBuilder builder = new GraphBuilder();
        for (String[] pair : listings) {
            builder.dependency(keys.id(pair[0]), keys.id(pair[1]));
        }
        DependencyGraph graph = builder.build();
        StronglyConnected components = StronglyConnected.of(graph);
        for (int[] cycle : components.cycles()) {
            Set<Integer> members = new HashSet<>();
            for (int node : cycle) {
                members.add(node);
            }
            for (int u : cycle) {
                for (int e = graph.firstEdge(u); e < graph.endEdge(u); e++) {
                    int v = graph.target(e);
                    if (members.contains(v)) {
                        assertTrue(normalised.contains(keys.keyOf(builder, u) + ">" + keys.keyOf(builder, v)));
                    }
                }
            }
        }
        // Spring's dependency links, read in the right direction, have no cycle at all...
        assertEquals(0, components.cycles().size());

        // ...while reading every row as "issuekey before linkedIssueKey" turns each both-ends listing into a fake cycle.
        GraphBuilder naive = new GraphBuilder();
        for (CSVRecord row : rows) {
            if (DependencyPhrases.defaults().direction(row.get("name")) != DependencyPhrases.Direction.NOT_A_DEPENDENCY) {
                naive.dependency(keys.id(row.get("issuekey")), keys.id(row.get("linkedIssueKey")));
            }
        }
        assertEquals(124, StronglyConnected.of(naive.build()).cycles().size());
    }

    @Test
    public void theLongestChainIsFiveIssuesFromXd1270() {
        List<String[]> listings = dependencies(DependencyPhrases.defaults());
        Set<String> normalised = asSet(listings);
        Keys keys = new Keys();
        GraphBuilder builder = new GraphBuilder();
        for (String[] pair : listings) {
            builder.dependency(keys.id(pair[0]), keys.id(pair[1]));
        }
        DependencyGraph graph = builder.build();
        // statuses are not in this file: every issue counts as unresolved
        CriticalPath path = CriticalPath.of(graph, StronglyConnected.of(graph), new boolean[graph.nodeCount()]);
        assertEquals(5, path.length());
        int[] members = path.members();
        assertEquals("XD-1270", keys.keyOf(builder, members[0]));
        for (int i = 1; i < members.length; i++) {
            assertTrue(normalised.contains(keys.keyOf(builder, members[i - 1]) + ">"
                    + keys.keyOf(builder, members[i])));
        }
    }
}

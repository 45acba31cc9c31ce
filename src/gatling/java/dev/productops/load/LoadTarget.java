package dev.productops.load;

import dev.productops.standin.JiraStandIn;
import dev.productops.standin.sample.DcaptOrganisation;
import dev.productops.standin.sample.PluginRestClient;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostProject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The instance under load: the stand-in with the DCAPT-size organisation on PostgreSQL (schema productops_load of the
 * .ci/run database, emptied first), plus customer evidence captured through the REST API so the panel has work to do.
 */
final class LoadTarget implements AutoCloseable {
    static final String USER = "admin";
    private static final int CUSTOMERS = 200;
    private static final int INSIGHTS = 3_000;

    final JiraStandIn standIn;
    /** Issues the view-issue action opens: half with evidence, half without, across big and small projects. */
    final List<String> viewedIssues = new ArrayList<>();
    /** Five projects for the board and the metrics gadget, the way a program manager picks teams. */
    final List<String> boardProjects;
    final List<String> searchProjects;

    private LoadTarget(JiraStandIn standIn, List<String> boardProjects, List<String> searchProjects) {
        this.standIn = standIn;
        this.boardProjects = boardProjects;
        this.searchProjects = searchProjects;
    }

    static LoadTarget start() throws Exception {
        String url = System.getProperty("load.db.url", "jdbc:postgresql://localhost:5432/ao_test");
        String user = System.getProperty("load.db.user", "ao_user");
        String password = System.getProperty("load.db.password", "ao_password");
        String schema = System.getProperty("load.db.schema", "productops_load");
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            sql.execute("CREATE SCHEMA " + schema);
        }
        System.setProperty("productops.sample", System.getProperty("load.sample", "dcapt"));
        Path data = Files.createTempDirectory("productops-load");
        JiraStandIn standIn = JiraStandIn.start(new JiraStandIn.Settings(0, data, Optional.empty(),
                Paths.get(System.getProperty("productops.npm", "target/npm/node_modules")), 42L,
                Optional.of(new JiraStandIn.Database(url, user, password, schema))));
        HostData org = standIn.data();
        List<HostProject> bySize = org.projects().stream()
                .sorted(Comparator.comparingInt((HostProject p) -> org.issuesOf(p.id()).size()).reversed()).toList();
        List<String> board = DcaptOrganisation.programOfFive(org);
        List<String> search = bySize.stream().limit(50).map(HostProject::key).toList();
        LoadTarget target = new LoadTarget(standIn, board, search);
        target.captureEvidence(new SplittableRandom(7));
        return target;
    }

    private void captureEvidence(SplittableRandom random) {
        PluginRestClient api = new PluginRestClient(standIn.baseUrl() + "/rest/productops/1.0", USER, USER);
        HostData org = standIn.data();
        List<Integer> customers = new ArrayList<>();
        String[] segments = {"Enterprise", "Mid-market", "SMB", "Public sector", "Education"};
        api.put("/settings/segments", Map.of("segments", java.util.Arrays.stream(segments).map(s -> Map.of("name", s)).toList()));
        for (int c = 0; c < CUSTOMERS; c++) {
            customers.add(api.post("/customers", Map.of("name", "Customer " + c, "segment", segments[c % segments.length],
                    "arr", 10_000L + random.nextInt(900_000), "currency", "USD")).path("id").asInt());
        }
        List<HostIssue> issues = org.issues();
        List<String> withEvidence = new ArrayList<>();
        for (int i = 0; i < INSIGHTS; i++) {
            HostIssue issue = issues.get(random.nextInt(issues.size()));
            withEvidence.add(issue.key());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "Load insight " + i);
            body.put("quote", "Customers ask for this in interviews and tickets, item " + i);
            body.put("source", "interview");
            body.put("customerId", customers.get(random.nextInt(customers.size())));
            body.put("capturedOn", LocalDate.now().minusDays(random.nextInt(300)).toString());
            body.put("links", List.of(Map.of("issueKey", issue.key(), "importance", 1 + random.nextInt(3))));
            api.post("/insights", body);
        }
        for (int i = 0; i < 500; i++) {
            viewedIssues.add(withEvidence.get(random.nextInt(withEvidence.size())));
            viewedIssues.add(issues.get(random.nextInt(issues.size())).key());
        }
    }

    @Override
    public void close() {
        standIn.close();
    }
}

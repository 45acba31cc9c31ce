package dev.productops.bench.board;

import dev.productops.standin.JiraStandIn;
import dev.productops.standin.sample.ScaleOrganisation;
import dev.productops.standin.store.HostData;
import net.java.ao.DatabaseProvider;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The dependency board endpoint at scale, end to end over HTTP on the stand-in with the plugin's tables in
 * PostgreSQL: 20 teams with 5,000 issues / 20,000 links, and 50,000 issues / 200,000 links (ten times what
 * Advanced Roadmaps allows in one plan). Reports the median time, the SQL statements and the Jira calls of
 * one request; a statement or a call per issue or per link would show as counts that grow with the data.
 */
public final class BoardScaleMain {
    private static final int WARMUP = 3;
    private static final int MEASURED = 7;

    private BoardScaleMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.jdbc.url", "jdbc:postgresql://localhost:5432/ao_test");
        String user = System.getProperty("bench.jdbc.user", "ao_user");
        String password = System.getProperty("bench.jdbc.password", "ao_password");
        // Its own schema per run when others benchmark on the same database at once (-Dbench.board.schema=…).
        String schema = System.getProperty("bench.board.schema", "productops_board_bench");
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        List<String> report = new ArrayList<>();
        report.add("| issues | links | teams | dependencies sent | cards sent | median ms | min ms | SQL statements | Jira calls (method × count) | first response KB | with all=1 |");
        report.add("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        // -Dbench.board.maxIssues=5000 re-measures the small board alone, in a minute instead of ten.
        int maxIssues = Integer.getInteger("bench.board.maxIssues", Integer.MAX_VALUE);
        for (int[] size : new int[][]{{5_000, 20_000}, {50_000, 200_000}}) {
            if (size[0] > maxIssues) {
                continue;
            }
            report.add(measure(size[0], size[1], new JiraStandIn.Database(url, user, password, schema)));
        }
        String table = String.join("\n", report);
        System.out.println("\n" + table + "\n");
        Path results = Path.of(System.getProperty("bench.results", "target/benchmark"));
        Files.createDirectories(results);
        Files.writeString(results.resolve("board-scale.md"), table + "\n", StandardCharsets.UTF_8);
        // The stand-in leaves non-daemon threads behind (Felix, Jetty), so the program ends itself once it has reported.
        System.exit(0);
    }

    private static String measure(int issues, int links, JiraStandIn.Database database) throws Exception {
        HostData data = ScaleOrganisation.generate(20, issues, links, 7L, LocalDate.now());
        Path dataDir = Files.createTempDirectory("board-bench");
        JiraStandIn.Settings settings = new JiraStandIn.Settings(0, dataDir, Optional.empty(), Path.of("target/npm/node_modules"),
                7L, Optional.of(database));
        try (JiraStandIn standIn = JiraStandIn.start(settings, data, false)) {
            String projects = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("T%02d", i)).collect(Collectors.joining(","));
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/rest/productops/1.0/board?projects=" + projects))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofMinutes(5)).build();
            for (int i = 0; i < WARMUP; i++) {
                http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            AtomicInteger statements = new AtomicInteger();
            DatabaseProvider.SqlListener listener = sql -> statements.incrementAndGet();
            standIn.jira().resetCallCounts();
            standIn.entityManager().getProvider().addSqlListener(listener);
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            standIn.entityManager().getProvider().removeSqlListener(listener);
            Map<String, Integer> calls = standIn.jira().callCounts();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("board answered " + response.statusCode() + ": " + response.body());
            }
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                http.send(request, HttpResponse.BodyHandlers.ofString());
                times.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(times);
            // Everything, as "+N more" asks for it: one request, for its size and time.
            long allStart = System.nanoTime();
            HttpResponse<String> everything = http.send(HttpRequest.newBuilder(URI.create(request.uri() + "&all=1"))
                    .header("Authorization", request.headers().firstValue("Authorization").orElseThrow()).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long allMillis = (System.nanoTime() - allStart) / 1_000_000;
            String body = response.body();
            int dependencies = count(body, "\"linkId\":");
            int cards = count(body, "\"issueKey\":");
            return String.format("| %,d | %,d | 20 | %,d | %,d | %d | %d | %d | %s | %,d | %,d KB in %d ms |", issues, links, dependencies, cards,
                    times.get(times.size() / 2), times.get(0), statements.get(),
                    calls.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue()).collect(Collectors.joining(", ")),
                    body.getBytes(StandardCharsets.UTF_8).length / 1024, everything.body().getBytes(StandardCharsets.UTF_8).length / 1024, allMillis);
        }
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}

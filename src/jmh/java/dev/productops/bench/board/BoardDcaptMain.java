package dev.productops.bench.board;

import dev.productops.standin.JiraStandIn;
import dev.productops.standin.host.JiraCalls;
import dev.productops.standin.sample.DcaptOrganisation;
import dev.productops.standin.store.HostData;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The load test's board of five projects (one large, four mid-sized: ranks 3, 11, 21, 31 and 41 of 500 by size, scaled
 * to smaller instances) on the DCAPT-shaped organisation, alone: its time, Jira calls and rows, and a JFR recording of
 * the timed requests (target/benchmark/board-dcapt.jfr) to see where the time goes. Size with
 * {@code -Dbench.sample=dcapt[:N]}; embedded database. The answer is kept in target/benchmark/board-dcapt.json.
 */
public final class BoardDcaptMain {
    private static final int WARMUP = 2;
    private static final int MEASURED = 5;

    private BoardDcaptMain() {
    }

    public static void main(String[] args) throws Exception {
        String sample = System.getProperty("bench.sample", "dcapt:200000");
        long generation = System.nanoTime();
        HostData data = DcaptOrganisation.generate(DcaptOrganisation.Size.parse(sample), 42L,
                LocalDate.now());
        long generatedMillis = (System.nanoTime() - generation) / 1_000_000;
        List<String> keys = DcaptOrganisation.programOfFive(data);
        int scopeIssues = keys.stream().mapToInt(k -> data.issuesOf(data.projects().stream()
                .filter(p -> p.key().equals(k)).findFirst().orElseThrow().id()).size()).sum();
        Path results = Path.of(System.getProperty("bench.results", "target/benchmark"));
        Files.createDirectories(results);
        JiraStandIn.Settings settings = new JiraStandIn.Settings(0, Files.createTempDirectory("board-dcapt"), Optional.empty(),
                Path.of("target/npm/node_modules"), 42L, Optional.empty());
        List<String> report = new ArrayList<>();
        try (JiraStandIn standIn = JiraStandIn.start(settings, data, false)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/rest/productops/1.0/board?projects="
                            + String.join(",", keys)))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofMinutes(10)).build();
            for (int i = 0; i < WARMUP; i++) {
                ok(http.send(request, HttpResponse.BodyHandlers.ofString()));
            }
            standIn.jira().resetCallCounts();
            HttpResponse<String> counted = ok(http.send(request, HttpResponse.BodyHandlers.ofString()));
            List<JiraCalls.MethodCalls> calls = standIn.jira().calls().snapshot();
            Files.writeString(results.resolve("board-dcapt.json"), counted.body(), StandardCharsets.UTF_8);
            List<Long> times = new ArrayList<>();
            try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
                recording.start();
                for (int i = 0; i < MEASURED; i++) {
                    long start = System.nanoTime();
                    ok(http.send(request, HttpResponse.BodyHandlers.ofString()));
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
                recording.stop();
                recording.dump(results.resolve("board-dcapt.jfr"));
            }
            Collections.sort(times);
            report.add(String.format("%s (seed 42, generated in %d ms): %d issues, %d links; board %s (%,d issues)", sample,
                    generatedMillis, data.issues().size(), data.links().size(), String.join(",", keys), scopeIssues));
            report.add(String.format("times of %d requests (ms): %s; median %d; JSON %,d bytes", MEASURED, times,
                    times.get(times.size() / 2), counted.body().getBytes(StandardCharsets.UTF_8).length));
            long totalCalls = calls.stream().mapToLong(JiraCalls.MethodCalls::count).sum();
            long totalRows = calls.stream().mapToLong(JiraCalls.MethodCalls::rows).sum();
            report.add(String.format("Jira calls %,d, rows %,d", totalCalls, totalRows));
            calls.forEach(c -> report.add(String.format("  %s × %,d, rows %,d", c.method(), c.count(), c.rows())));
            report.addAll(dailySnapshot(standIn));
        }
        String text = String.join("\n", report) + "\n";
        System.out.println("\n" + text);
        Files.writeString(results.resolve("board-dcapt.txt"), text, StandardCharsets.UTF_8);
        // The stand-in leaves non-daemon threads behind (Felix, Jetty), so the program ends itself once it has reported.
        System.exit(0);
    }

    /**
     * The daily dependency snapshot, as the scheduler runs it on one node: its time, Jira calls and rows, and the most
     * heap in use while it ran above what was in use (after a GC) before it started, sampled every 10 ms. The stand-in's
     * issues are lighter than Jira's, so the heap figure is a lower bound of what the job holds in a real Jira.
     */
    private static List<String> dailySnapshot(JiraStandIn standIn) throws InterruptedException {
        standIn.jira().resetCallCounts();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(10_000_000L);
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        Object recorded = standIn.plugin().invoke("dependencySnapshotJob", "takeSnapshot");
        long millis = (System.nanoTime() - start) / 1_000_000;
        running.set(false);
        sampler.join();
        List<JiraCalls.MethodCalls> calls = standIn.jira().calls().snapshot();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("daily snapshot: %s dependencies recorded in %,d ms; Jira calls %,d, rows %,d; heap in use %,d MB before, "
                        + "at most %,d MB more while it ran", recorded, millis,
                calls.stream().mapToLong(JiraCalls.MethodCalls::count).sum(), calls.stream().mapToLong(JiraCalls.MethodCalls::rows).sum(),
                baseline >> 20, (peak.get() - baseline) >> 20));
        calls.forEach(c -> lines.add(String.format("  %s × %,d, rows %,d", c.method(), c.count(), c.rows())));
        return lines;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("board answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}

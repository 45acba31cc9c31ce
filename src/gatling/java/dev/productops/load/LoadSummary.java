package dev.productops.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns Gatling's statistics of the newest run into the table docs/performance.md keeps: per action, requests, p50,
 * p95 and success rate, and the ratio of the issue view with our panel to without it (Gatling's default percentiles 1
 * and 3 are the 50th and 95th).
 */
public final class LoadSummary {
    record Action(String name, long requests, long ok, long p50, long p95) {
        double successPercent() {
            return requests == 0 ? 0 : 100.0 * ok / requests;
        }
    }

    private LoadSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Paths.get(args[0]);
        Path run;
        try (Stream<Path> runs = Files.list(results)) {
            run = runs.filter(Files::isDirectory).max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling run in " + results));
        }
        List<Action> actions = actions(readStats(run));
        String table = table(actions, run);
        Files.writeString(Paths.get(args[1]), table);
        System.out.println(table);
    }

    /**
     * Gatling 3.13 writes its statistics as a script, {@code var stats = {...}}, with unquoted names and numbers in
     * strings; the object itself is the first value after the assignment.
     */
    static JsonNode readStats(Path run) throws IOException {
        String script = Files.readString(run.resolve("js/stats.js"));
        int start = script.indexOf('{', script.indexOf("var stats"));
        ObjectMapper json = new ObjectMapper();
        json.configure(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES, true);
        return json.readTree(script.substring(start));
    }

    static List<Action> actions(JsonNode stats) {
        List<Action> actions = new ArrayList<>();
        stats.path("contents").forEach(node -> {
            JsonNode s = node.path("stats");
            actions.add(new Action(s.path("name").asText(), s.path("numberOfRequests").path("total").asLong(),
                    s.path("numberOfRequests").path("ok").asLong(), s.path("percentiles1").path("total").asLong(),
                    s.path("percentiles3").path("total").asLong()));
        });
        actions.sort(Comparator.comparing(Action::name));
        return actions;
    }

    static String table(List<Action> actions, Path run) {
        StringBuilder out = new StringBuilder("Gatling run " + run.getFileName() + "\n\n| action | requests | p50 ms | p95 ms | success |\n|---|---:|---:|---:|---:|\n");
        for (Action a : actions) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f%% |%n", a.name(), a.requests(), a.p50(), a.p95(), a.successPercent()));
        }
        Action with = find(actions, "view issue (with panel)");
        Action without = find(actions, "view issue (without panel)");
        if (with != null && without != null && without.p50() > 0 && without.p95() > 0) {
            out.append(String.format(Locale.ROOT, "%nView issue with our panel / without: p50 %.2f, p95 %.2f%n",
                    (double) with.p50() / without.p50(), (double) with.p95() / without.p95()));
        }
        return out.toString();
    }

    private static Action find(List<Action> actions, String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }
}

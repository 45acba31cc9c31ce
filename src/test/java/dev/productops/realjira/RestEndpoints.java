package dev.productops.realjira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Calls every GET operation of the app's REST API (as listed in docs/openapi.yaml) once, as the checking
 * administrator, with harmless parameters drawn from one issue and its project, and expects 2xx. Nothing is written.
 * An operation that needs an existing object (an insight, a customer, a dependency) reads the first one an earlier
 * call returned, and is skipped, with a note, when there is none: the check never creates data on someone's Jira.
 */
final class RestEndpoints {
    static final String BASE = "/rest/productops/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the check reads: one issue and its project. */
    record Subject(String issueKey, String projectKey) {
    }

    /** One GET operation as this check calls it; {@code paths} is empty when there is nothing to read (then {@code skipped} says why). */
    private record Recipe(Function<Map<String, JsonNode>, List<String>> paths, String skipped) {
    }

    private final JiraHttp jira;
    private final Path openApi;
    private final PrintStream out;

    RestEndpoints(JiraHttp jira, Path openApi, PrintStream out) {
        this.jira = jira;
        this.openApi = openApi;
        this.out = out;
    }

    /** @return how many calls were made, all 2xx */
    int callAll(Subject subject) throws IOException, InterruptedException, CheckFailure {
        Map<String, Operation> operations = getOperations(openApi);
        Map<String, Recipe> recipes = recipes(subject);
        List<String> failures = new ArrayList<>();
        Set<String> unknown = new TreeSet<>(operations.keySet());
        unknown.removeAll(recipes.keySet());
        Set<String> stale = new TreeSet<>(recipes.keySet());
        stale.removeAll(operations.keySet());
        if (!unknown.isEmpty()) {
            failures.add("GET operations in " + openApi + " that this check does not call (add them to RestEndpoints): " + unknown);
        }
        if (!stale.isEmpty()) {
            failures.add("RestEndpoints calls operations that " + openApi + " no longer lists as GET: " + stale);
        }
        Map<String, JsonNode> answers = new HashMap<>();
        int calls = 0;
        for (Map.Entry<String, Recipe> recipe : recipes.entrySet()) {
            Operation operation = operations.get(recipe.getKey());
            if (operation == null) {
                continue;
            }
            List<String> paths = recipe.getValue().paths().apply(answers);
            if (paths.isEmpty()) {
                out.println("  skipped " + recipe.getKey() + ": " + recipe.getValue().skipped());
                continue;
            }
            for (String path : paths) {
                HttpResponse<String> response = jira.get(BASE + path, operation.accept());
                calls++;
                int status = response.statusCode();
                out.println("  " + status + " GET " + BASE + path);
                if (status < 200 || status > 299) {
                    failures.add("GET " + BASE + path + " (" + recipe.getKey() + ") answered " + status + ": " + abbreviate(response.body()));
                } else if (operation.accept().equals("application/json")) {
                    answers.putIfAbsent(recipe.getKey(), JSON.readTree(response.body()));
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new CheckFailure("REST calls failed:\n  - " + String.join("\n  - ", failures));
        }
        return calls;
    }

    /** A GET operation of the spec: its id and the media type of its 200 answer (sent as Accept). */
    record Operation(String id, String accept) {
    }

    static Map<String, Operation> getOperations(Path openApi) throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(openApi.toFile());
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (JsonNode path : spec.path("paths")) {
            JsonNode get = path.get("get");
            if (get != null) {
                Iterator<String> types = get.path("responses").path("200").path("content").fieldNames();
                String id = get.path("operationId").asText();
                operations.put(id, new Operation(id, types.hasNext() ? types.next() : "application/json"));
            }
        }
        return operations;
    }

    /** In call order: the searches come before the reads that take the first object they found. */
    private static Map<String, Recipe> recipes(Subject subject) {
        String issue = encode(subject.issueKey());
        String project = encode(subject.projectKey());
        Map<String, Recipe> recipes = new LinkedHashMap<>();
        recipes.put("searchInsights", always("/insights?maxResults=1"));
        recipes.put("getInsight", new Recipe(answers -> first(answers, "searchInsights", "values", "id", "/insights/"),
                "the insights library is empty"));
        recipes.put("getEvidence", always("/issues/" + issue + "/evidence"));
        recipes.put("getEvidencePanel", always("/issues/" + issue + "/evidence-panel"));
        recipes.put("searchCustomers", always("/customers?maxResults=1"));
        recipes.put("suggestTags", always("/tags?maxResults=5"));
        recipes.put("getCustomer", new Recipe(answers -> first(answers, "searchCustomers", "values", "id", "/customers/"),
                "there are no customers yet"));
        recipes.put("getBoard", always("/board?projects=" + project));
        recipes.put("exportBoard", always("/board/export?projects=" + project + "&format=csv"));
        recipes.put("getDependency", new Recipe(answers -> first(answers, "getBoard", "dependencies", "linkId", "/dependencies/"),
                "the board of " + subject.projectKey() + " has no dependency"));
        recipes.put("getDependencyHistory", new Recipe(answers -> first(answers, "getBoard", "dependencies", "linkId", "/dependencies/")
                .stream().map(path -> path + "/history").toList(), "the board of " + subject.projectKey() + " has no dependency"));
        recipes.put("getBoardViews", always("/board/views"));
        recipes.put("getDependencyLinkTypes", always("/config/link-types"));
        recipes.put("getProductOpsGroup", always("/config/product-ops-group"));
        recipes.put("getCurrencySettings", always("/settings/currency"));
        recipes.put("getSegments", always("/settings/segments"));
        // Insight intake is organisation-wide; the others are per project.
        recipes.put("getMetric", new Recipe(answers -> List.of("/metrics/evidence-coverage?projects=" + project,
                "/metrics/insight-intake", "/metrics/dependency-health?projects=" + project,
                "/metrics/top-evidence?projects=" + project), ""));
        return recipes;
    }

    private static Recipe always(String path) {
        return new Recipe(answers -> List.of(path), "");
    }

    private static List<String> first(Map<String, JsonNode> answers, String operation, String array, String field, String prefix) {
        JsonNode items = answers.getOrDefault(operation, JSON.createObjectNode()).path(array);
        return items.isEmpty() || !items.get(0).hasNonNull(field) ? List.of() : List.of(prefix + items.get(0).get(field).asText());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}

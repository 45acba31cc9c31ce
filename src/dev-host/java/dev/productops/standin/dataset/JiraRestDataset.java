package dev.productops.standin.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.store.HostData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads data exported from a real Jira: a directory of {@code /rest/api/2/issue/{key}} documents
 * ({@code *.json}), or one file holding either such a document or a {@code /rest/api/2/search} response.
 * Users admin, alice and bob are added so that permission tests also run on real data.
 */
public final class JiraRestDataset {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraRestDataset() {
    }

    public static HostData load(Path path) throws IOException {
        return loadWithReport(path).data();
    }

    /** @throws IllegalArgumentException naming the file, when a file is not an issue or a search response */
    public static DatasetLoad loadWithReport(Path path) throws IOException {
        DatasetAssembly assembly = new DatasetAssembly();
        for (Path file : files(path)) {
            for (JsonNode issue : issues(file)) {
                assembly.add(issue, file);
            }
        }
        return assembly.build();
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> children = Files.list(path)) {
            List<Path> files = children.filter(child -> child.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException(path + " holds no *.json issue documents");
            }
            return files;
        }
    }

    private static List<JsonNode> issues(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException(file + " is not JSON: " + notJson.getOriginalMessage(), notJson);
        }
        if (root != null && root.path("issues").isArray()) {
            List<JsonNode> issues = new ArrayList<>();
            root.get("issues").forEach(issues::add);
            return issues;
        }
        if (root != null && root.path("fields").isObject()) {
            return List.of(root);
        }
        throw new IllegalArgumentException(file + " is neither a Jira issue (/rest/api/2/issue/{key}) "
                + "nor a search response (/rest/api/2/search)");
    }
}

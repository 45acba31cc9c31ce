package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.productops.standin.plugin.InstalledPlugin;
import dev.productops.standin.plugin.PluginDescriptor;
import org.junit.BeforeClass;
import org.junit.Test;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** docs/openapi.yaml describes exactly the operations and query parameters the JAX-RS resources serve. */
public class OpenApiContractTest {
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");
    private static JsonNode openApi;

    @BeforeClass
    public static void read() throws Exception {
        openApi = new ObjectMapper(new YAMLFactory()).readTree(new File("docs/openapi.yaml"));
    }

    /** Every root resource of the REST module's package, as the REST module itself finds them: a new one cannot be missed. */
    private static List<Class<?>> resources() {
        try (Stream<java.nio.file.Path> files = Files.list(
                java.nio.file.Path.of(InsightResource.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .resolve(InsightResource.class.getPackageName().replace('.', '/')))) {
            List<Class<?>> resources = new ArrayList<>();
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = file.getFileName().toString();
                Class<?> type = Class.forName(InsightResource.class.getPackageName() + "." + name.substring(0, name.length() - 6));
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
            assertTrue("the REST module's resources were found", resources.size() >= 10);
            return resources;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void documentsEveryOperationAndNothingElse() {
        assertEquals(served().keySet(), documented().keySet());
    }

    @Test
    public void documentsEveryQueryParameter() {
        Map<String, Set<String>> served = served();
        Map<String, Set<String>> documented = documented();
        served.forEach((operation, parameters) -> assertEquals(operation, parameters, documented.get(operation)));
    }

    @Test
    public void everyOperationDocumentsTheUnauthorisedAnswer() {
        openApi.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (VERBS.containsValue(op.getKey())) {
                assertTrue(op.getKey() + " " + path.getKey(), op.getValue().get("responses").has("401"));
            }
        }));
    }

    @Test
    public void theServerUrlMatchesTheRestModule() {
        PluginDescriptor descriptor = InstalledPlugin.fromClassPath(getClass().getClassLoader()).descriptor();
        assertTrue(openApi.get("servers").get(0).get("url").asText().endsWith(descriptor.rest().get(0).baseUrl()));
    }

    /** "get /insights/{id}" → query parameter names, from the resource classes. */
    private static Map<String, Set<String>> served() {
        Map<String, Set<String>> operations = new TreeMap<>();
        for (Class<?> resource : resources()) {
            String base = "/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                VERBS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        Path sub = method.getAnnotation(Path.class);
                        Set<String> query = new TreeSet<>();
                        for (Parameter parameter : method.getParameters()) {
                            if (parameter.isAnnotationPresent(QueryParam.class)) {
                                query.add(parameter.getAnnotation(QueryParam.class).value());
                            }
                        }
                        operations.put(verb + " " + base + (sub == null ? "" : "/" + sub.value()), query);
                    }
                });
            }
        }
        return operations;
    }

    private static Map<String, Set<String>> documented() {
        Map<String, Set<String>> operations = new TreeMap<>();
        JsonNode components = openApi.get("components").get("parameters");
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (!VERBS.containsValue(op.getKey())) {
                    return;
                }
                Set<String> query = new TreeSet<>();
                JsonNode parameters = op.getValue().get("parameters");
                if (parameters != null) {
                    for (JsonNode parameter : parameters) {
                        JsonNode resolved = parameter.has("$ref")
                                ? components.get(parameter.get("$ref").asText().replace("#/components/parameters/", "")) : parameter;
                        if ("query".equals(resolved.get("in").asText())) {
                            query.add(resolved.get("name").asText());
                        }
                    }
                }
                operations.put(op.getKey() + " " + path.getKey(), query);
            });
        }
        return operations;
    }
}

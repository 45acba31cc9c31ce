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
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        for (Class<?> resource : new Class<?>[]{InsightResource.class, CustomerResource.class, IssueEvidenceResource.class, SettingsResource.class,
                BoardResource.class, DependencyResource.class, MetricsResource.class, CurrencySettingsResource.class, SegmentWeightsResource.class}) {
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

package dev.productops.standin.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.dashboard.SystemDashboard;
import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.jira.JiraErrorJson;
import dev.productops.standin.plugin.PluginDescriptor;
import dev.productops.standin.store.HostUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code /rest/dashboards/1.0/{dashboardId}/gadget[/{gadgetId}[/prefs]]}: what the dashboard page calls to add a
 * gadget, save its preferences and remove it. Only administrators change the system dashboard, as in Jira. Writes
 * take JSON only: a cross-site form cannot send that content type, which is how Atlassian's REST stays XSRF-safe.
 */
public final class DashboardApiServlet extends HttpServlet {
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Pattern PATH = Pattern.compile("^/(\\d+)/gadget(?:/(\\d+)(/prefs)?)?/?$");

    private final SystemDashboard dashboard;
    private final Set<String> itemKeys;
    private final ObjectMapper json;

    public DashboardApiServlet(SystemDashboard dashboard, PluginDescriptor descriptor, ObjectMapper json) {
        this.dashboard = dashboard;
        this.itemKeys = descriptor.dashboardItems().stream().map(item -> descriptor.key() + ":" + item.key())
                .collect(Collectors.toUnmodifiableSet());
        this.json = json;
    }

    private record Target(long gadgetId, boolean preferences) {
        boolean isGadget() {
            return gadgetId >= 0;
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse("/"));
        if (!path.matches() || Long.parseLong(path.group(1)) != SystemDashboard.ID) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "The dashboard does not exist.");
            return;
        }
        Target target = new Target(path.group(2) == null ? -1 : Long.parseLong(path.group(2)), path.group(3) != null);
        String method = request.getMethod();
        if (method.equals("GET") && !target.isGadget()) {
            send(response, HttpServletResponse.SC_OK, Map.of("gadgets", dashboard.gadgets()));
            return;
        }
        boolean known = method.equals("POST") && !target.isGadget()
                || method.equals("PUT") && target.isGadget() && target.preferences()
                || method.equals("DELETE") && target.isGadget() && !target.preferences();
        if (!known) {
            error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method " + method + " is not allowed here.");
            return;
        }
        HostUser user = SignedInUser.current().orElseThrow();
        if (!user.admin()) {
            error(response, HttpServletResponse.SC_FORBIDDEN, "You do not have permission to edit this dashboard.");
            return;
        }
        if (!method.equals("DELETE") && !isJson(request)) {
            // What Jira's REST answers to a body it does not consume; a form post never gets further.
            error(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "XSRF check failed: send application/json.");
            return;
        }
        switch (method) {
            case "POST" -> add(request, response);
            case "PUT" -> savePreferences(request, response, target.gadgetId());
            default -> remove(response, target.gadgetId());
        }
    }

    private void add(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body = body(request, response);
        if (body == null) {
            return;
        }
        String moduleKey = body.path("moduleKey").asText("");
        if (!itemKeys.contains(moduleKey)) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, JiraErrorJson.errorCollection(List.of(),
                    Map.of("moduleKey", "There is no dashboard item '" + moduleKey + "'.")));
            return;
        }
        send(response, HttpServletResponse.SC_CREATED, dashboard.add(moduleKey));
    }

    private void savePreferences(HttpServletRequest request, HttpServletResponse response, long gadgetId) throws IOException {
        JsonNode body = body(request, response);
        if (body == null) {
            return;
        }
        if (!body.isObject()) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "Preferences are a JSON object of names and values.");
            return;
        }
        Map<String, String> preferences = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isContainerNode()) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, "The preference '" + field.getKey() + "' must be a single value.");
                return;
            }
            // Jira keeps every preference as a string, whatever the item sent.
            preferences.put(field.getKey(), field.getValue().isNull() ? "" : field.getValue().asText());
        }
        if (dashboard.savePreferences(gadgetId, preferences).isEmpty()) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "The gadget does not exist.");
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void remove(HttpServletResponse response, long gadgetId) throws IOException {
        if (!dashboard.remove(gadgetId)) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "The gadget does not exist.");
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private JsonNode body(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            // Preferences are a gadget's settings, not its data: without a limit one request grew dashboard.json to 10 MB.
            error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Gadget preferences are limited to " + MAX_BODY_BYTES / 1024 + " KiB.");
            return null;
        }
        try {
            JsonNode body = json.readTree(bytes);
            if (body == null || body.isMissingNode()) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, "The request has no JSON body.");
                return null;
            }
            return body;
        } catch (IOException notJson) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "The request body is not valid JSON.");
            return null;
        }
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    private void error(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, JiraErrorJson.errorCollection(List.of(message), Map.of()));
    }

    private void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}

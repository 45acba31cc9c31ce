package dev.productops.standin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.jira.JiraErrorJson;
import dev.productops.standin.plugin.ModuleSwitches;
import dev.productops.standin.plugin.PluginDescriptor;
import dev.productops.standin.store.HostUser;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one read of the Universal Plugin Manager's REST API that {@code scripts/real-jira-check} makes after an
 * install: {@code GET /rest/plugins/1.0/{pluginKey}-key}, the plugin with its modules and whether each is enabled.
 * Like UPM it answers administrators only (403 for other users; the authentication filter already gives anonymous
 * callers 401), and 404 for a plugin that is not installed. It also switches a module off and on as UPM does
 * ({@code PUT …/modules/{moduleKey}-key} with {@code {"enabled": false}}), which the load test uses to measure the issue
 * view without our panel. Uploads are not offered: the stand-in installs the jar it was given at start.
 */
public final class UpmServlet extends HttpServlet {
    /** UPM's media type for one plugin (its {@code upm.contentTypes.plugin}). */
    static final String PLUGIN_JSON = "application/vnd.atl.plugins.plugin+json";

    /** What UPM reports of one installed plugin. */
    public record PluginStatus(String key, String name, String version, boolean enabled, List<ModuleStatus> modules) {
        public PluginStatus {
            modules = List.copyOf(modules);
        }

        /**
         * Every module of the plugin enabled: what the stand-in can say while it hosts the plugin without OSGi. The
         * modules are the top-level elements of the descriptor that carry a key, as Jira's plugin loader counts them
         * ({@code plugin-info} and plugin-wide {@code resource}s are not modules).
         */
        public static PluginStatus of(PluginDescriptor descriptor, ClassLoader pluginClassLoader, ModuleSwitches switches) {
            List<ModuleStatus> modules = new ArrayList<>();
            for (String key : moduleKeys(pluginClassLoader)) {
                modules.add(new ModuleStatus(key, switches.isEnabled(key)));
            }
            return new PluginStatus(descriptor.key(), descriptor.name(), descriptor.version(), true, modules);
        }
    }

    public record ModuleStatus(String key, boolean enabled) {
    }

    private static final Set<String> NOT_MODULES = Set.of("plugin-info", "resource");

    private final Supplier<PluginStatus> plugin;
    private final ModuleSwitches switches;
    private final ObjectMapper json;

    public UpmServlet(Supplier<PluginStatus> plugin, ModuleSwitches switches, ObjectMapper json) {
        this.plugin = plugin;
        this.switches = switches;
        this.json = json;
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = SignedInUser.current().orElseThrow();
        if (!user.admin()) {
            error(response, HttpServletResponse.SC_FORBIDDEN, "You must be an administrator to manage apps.");
            return;
        }
        PluginStatus status = plugin.get();
        String prefix = "/" + status.key() + "-key/modules/";
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        String moduleKey = path.startsWith(prefix) && path.endsWith("-key")
                ? path.substring(prefix.length(), path.length() - "-key".length()) : "";
        if (status.modules().stream().noneMatch(m -> m.key().equals(moduleKey))) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "No module is installed under " + path);
            return;
        }
        com.fasterxml.jackson.databind.JsonNode body;
        try {
            body = json.readTree(request.getInputStream());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.path("enabled").isBoolean()) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "Send the module with \"enabled\": true or false.");
            return;
        }
        switches.set(moduleKey, body.get("enabled").asBoolean());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/vnd.atl.plugins.plugin.module+json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("key", moduleKey, "completeKey", status.key() + ":" + moduleKey,
                "enabled", switches.isEnabled(moduleKey)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = SignedInUser.current().orElseThrow();
        if (!user.admin()) {
            error(response, HttpServletResponse.SC_FORBIDDEN, "You must be an administrator to manage apps.");
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        PluginStatus status = plugin.get();
        if (!path.equals("/" + status.key() + "-key")) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "No plugin is installed under " + path);
            return;
        }
        ObjectNode body = json.createObjectNode();
        body.put("key", status.key());
        body.put("name", status.name());
        body.put("version", status.version());
        body.put("enabled", status.enabled());
        body.put("userInstalled", true);
        ArrayNode modules = body.putArray("modules");
        for (ModuleStatus module : status.modules()) {
            modules.addObject()
                    .put("key", module.key())
                    .put("completeKey", status.key() + ":" + module.key())
                    .put("enabled", module.enabled())
                    .put("optional", true)
                    .put("recognisableType", true)
                    .put("broken", false);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(PLUGIN_JSON + ";charset=UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), JiraErrorJson.errorCollection(List.of(message), Map.of()));
    }

    private static List<String> moduleKeys(ClassLoader loader) {
        URL descriptor = loader.getResource("atlassian-plugin.xml");
        if (descriptor == null) {
            throw new IllegalStateException("atlassian-plugin.xml is not on the plugin's class path");
        }
        try (InputStream in = descriptor.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList children = factory.newDocumentBuilder().parse(in).getDocumentElement().getChildNodes();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (child instanceof Element element && !NOT_MODULES.contains(element.getTagName()) && element.hasAttribute("key")) {
                    keys.add(element.getAttribute("key"));
                }
            }
            return keys;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the plugin's modules: " + e.getMessage(), e);
        }
    }
}

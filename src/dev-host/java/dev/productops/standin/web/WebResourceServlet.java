package dev.productops.standin.web;

import dev.productops.standin.plugin.PluginDescriptor;
import dev.productops.standin.plugin.PluginWeb;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /download/resources/{pluginKey}:{moduleKey}/{name}}: the plugin's web-resource files from its classpath,
 * and AUI + jQuery from the npm packages (what Jira's own bundled plugins would serve). Like Jira, every answer says
 * {@code X-Content-Type-Options: nosniff}, so a file served with the wrong type is not used (an SVG that is not
 * image/svg+xml shows no image); a resource's {@code content-type} param sets its type.
 */
public final class WebResourceServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "application/javascript;charset=UTF-8",
            "svg", "image/svg+xml", "woff", "font/woff", "woff2", "font/woff2", "png", "image/png");

    private static final String STAND_IN = "standin";

    private final PluginWeb pluginWeb;
    private final ClassLoader pluginClassLoader;
    private final Path nodeModules;
    private final ScriptTranslations translations;

    public WebResourceServlet(PluginWeb pluginWeb, ClassLoader pluginClassLoader, Path nodeModules, Map<String, String> messages) {
        this.pluginWeb = pluginWeb;
        this.pluginClassLoader = pluginClassLoader;
        this.nodeModules = nodeModules;
        this.translations = new ScriptTranslations(messages);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
        int slash = path.indexOf('/');
        if (slash < 0 || path.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        String module = path.substring(0, slash);
        String name = path.substring(slash + 1);
        if (PluginWeb.AUI.equals(module)) {
            sendFile(response, nodeModules.resolve("@atlassian/aui/dist/aui").resolve(name), name);
        } else if ("jquery".equals(module)) {
            sendFile(response, nodeModules.resolve("jquery/dist").resolve(name), name);
        } else if (STAND_IN.equals(module)) {
            sendStandInFile(response, name);
        } else {
            Optional<PluginDescriptor.WebResource> webResource = pluginWeb.webResource(module);
            Optional<PluginDescriptor.Resource> resource = webResource.flatMap(w -> w.resources().stream()
                    .filter(r -> r.name().equals(name) || (r.name().endsWith("/") && name.startsWith(r.name())))
                    .findFirst());
            if (resource.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            PluginDescriptor.Resource r = resource.get();
            String location = r.name().endsWith("/") ? r.location() + "/" + name.substring(r.name().length()) : r.location();
            try (InputStream in = pluginClassLoader.getResourceAsStream(location)) {
                if (in == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                response.setContentType(Optional.ofNullable(r.params().get("content-type")).orElse(type(name)));
                if (name.endsWith(".js") && webResource.get().translatesScripts()) {
                    String script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    response.getOutputStream().write(translations.translate(script).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.transferTo(response.getOutputStream());
                }
            }
        }
    }

    /** The stand-in's own scripts (what Jira's core resources would do: AMD loader, dashboard), never the plugin's. */
    private static void sendStandInFile(HttpServletResponse response, String name) throws IOException {
        if (!name.matches("[\\w-]+\\.(js|css)")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = WebResourceServlet.class.getClassLoader().getResourceAsStream("standin/web/" + name)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type(name));
            in.transferTo(response.getOutputStream());
        }
    }

    private static void sendFile(HttpServletResponse response, Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type(name));
        response.setHeader("Cache-Control", "max-age=3600");
        Files.copy(file, response.getOutputStream());
    }

    private static String type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(extension, Optional.ofNullable(URLConnection.guessContentTypeFromName(name)).orElse("application/octet-stream"));
    }

}

package dev.productops.standin.web;

import dev.productops.standin.host.RequiredWebResources;
import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.host.VelocityTemplateRenderer;
import dev.productops.standin.plugin.PluginDescriptor;
import dev.productops.standin.plugin.PluginWeb;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jira's page chrome (AUI header with the app's top-navigation items, user menu) around a page body, with
 * the web resources the page needs: those of its contexts and those required through the page builder.
 */
public final class PageLayout {
    static final String TOP_NAVIGATION = "system.top.navigation.bar";

    private final VelocityTemplateRenderer renderer;
    private final PluginWeb pluginWeb;
    private final String contextPath;
    private final Map<String, String> messages;

    public PageLayout(VelocityTemplateRenderer renderer, PluginWeb pluginWeb, String contextPath, Map<String, String> messages) {
        this.renderer = renderer;
        this.pluginWeb = pluginWeb;
        this.contextPath = contextPath;
        this.messages = messages;
    }

    /** Renders {@code standin/<template>.vm} into the layout and writes the page. */
    public void write(HttpServletResponse response, int status, String title, String template,
                      Map<String, Object> model, List<String> webResourceContexts) throws IOException {
        write(response, status, title, template, model, webResourceContexts, "");
    }

    /** As above, with the stand-in's own tags for the head, after the web resources (the dashboard's host script). */
    public void write(HttpServletResponse response, int status, String title, String template,
                      Map<String, Object> model, List<String> webResourceContexts, String headHtml) throws IOException {
        write(response, status, title, template, model, webResourceContexts, List.of(), headHtml);
    }

    /**
     * As above, for a page of Jira's own whose script needs web resources of its own (the dashboard's dialog and
     * menus): {@code hostWebResources} are the keys Jira's page requires itself, beside those of the plugin.
     */
    public void write(HttpServletResponse response, int status, String title, String template, Map<String, Object> model,
                      List<String> webResourceContexts, List<String> hostWebResources, String headHtml) throws IOException {
        Map<String, Object> context = new HashMap<>(model);
        context.put("contextPath", contextPath);
        writeDecorated(response, status, title, renderer.render("standin/" + template + ".vm", context), headHtml,
                webResourceContexts, hostWebResources);
    }

    /** Decorates a body rendered elsewhere (a plugin servlet's page), like Jira's atl.general decorator. */
    public void writeDecorated(HttpServletResponse response, int status, String title, String bodyHtml, String headHtml,
                               List<String> webResourceContexts) throws IOException {
        writeDecorated(response, status, title, bodyHtml, headHtml, webResourceContexts, List.of());
    }

    private void writeDecorated(HttpServletResponse response, int status, String title, String bodyHtml, String headHtml,
                                List<String> webResourceContexts, List<String> hostWebResources) throws IOException {
        Map<String, Object> page = new HashMap<>();
        page.put("contextPath", contextPath);
        page.put("title", title);
        page.put("bodyHtml", bodyHtml);
        page.put("headHtml", headHtml);
        page.put("resourceTagsHtml", resourceTags(webResourceContexts, hostWebResources));
        page.put("topNavigation", topNavigation());
        SignedInUser.current().ifPresent(user -> {
            page.put("userName", user.username());
            page.put("userDisplayName", user.displayName());
        });
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(renderer.render("standin/layout.vm", page));
    }

    private List<Map<String, Object>> topNavigation() {
        List<Map<String, Object>> items = new ArrayList<>();
        pluginWeb.descriptor().webItems().stream()
                .filter(item -> TOP_NAVIGATION.equals(item.section()))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebItem::weight))
                .forEach(item -> {
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("key", item.key());
                    view.put("label", messages.getOrDefault(item.labelKey(), item.key()));
                    view.put("href", contextPath + item.link());
                    items.add(view);
                });
        return items;
    }

    /**
     * The page's tags: AUI, then the plugin's web resources in dependency order. Like Jira's WRM, the page gets an AUI
     * component or a WRM AMD module only when a web resource on it declares its key (transitively); the stand-in
     * serves AUI's whole npm bundle, so it tells standin/wrm-before-aui.js and wrm-after-aui.js which keys the page has
     * and they take the rest away (docs/host-api.md, "Web resources").
     */
    private String resourceTags(List<String> contexts, List<String> hostWebResources) {
        List<String> keys = new ArrayList<>();
        List<String> allContexts = new ArrayList<>(contexts);
        allContexts.add("atl.general");
        allContexts.addAll(RequiredWebResources.contexts());
        for (String context : allContexts) {
            addAll(keys, pluginWeb.resourcesFor(context));
        }
        for (String required : RequiredWebResources.resources()) {
            addAll(keys, pluginWeb.resourceWithDependencies(required));
        }
        Set<String> provided = new LinkedHashSet<>();
        provided.add(PluginWeb.AUI);
        provided.addAll(hostWebResources);
        keys.stream().filter(key -> pluginWeb.webResource(key).isEmpty()).forEach(provided::add);

        String download = contextPath + "/download/resources/";
        StringBuilder html = new StringBuilder();
        html.append("<link rel=\"stylesheet\" href=\"").append(download).append(PluginWeb.AUI).append("/aui-prototyping.css\">\n");
        html.append("<script src=\"").append(download).append("jquery/jquery.min.js\"></script>\n");
        // Jira pages carry an AMD loader (almond) before AUI, which defines its components' modules in it.
        html.append("<script src=\"").append(download).append("standin/amd-loader.js\"></script>\n");
        html.append("<script src=\"").append(download).append("standin/wrm-before-aui.js\" data-web-resources=\"")
                .append(VelocityTemplateRenderer.escape(String.join(" ", provided))).append("\"></script>\n");
        html.append("<script src=\"").append(download).append(PluginWeb.AUI).append("/aui-prototyping.js\"></script>\n");
        html.append("<script src=\"").append(download).append("standin/wrm-after-aui.js\"></script>\n");
        for (String key : keys) {
            String base = download + key + "/";
            pluginWeb.webResource(key).ifPresent(resource -> resource.resources().forEach(r -> {
                String href = VelocityTemplateRenderer.escape(base + r.name());
                if (r.name().endsWith(".css")) {
                    html.append("<link rel=\"stylesheet\" href=\"").append(href).append("\">\n");
                } else if (r.name().endsWith(".js")) {
                    html.append("<script src=\"").append(href).append("\"></script>\n");
                }
            }));
        }
        return html.toString();
    }

    private static void addAll(List<String> keys, List<String> more) {
        for (String key : more) {
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
    }
}

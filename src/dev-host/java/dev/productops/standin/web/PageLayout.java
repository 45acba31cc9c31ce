package dev.productops.standin.web;

import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.host.VelocityTemplateRenderer;
import dev.productops.standin.plugin.PluginWeb;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Jira's page chrome (AUI header, user menu) around a page body, with the web resources the page needs. */
public final class PageLayout {
    private final VelocityTemplateRenderer renderer;
    private final PluginWeb pluginWeb;
    private final String contextPath;

    public PageLayout(VelocityTemplateRenderer renderer, PluginWeb pluginWeb, String contextPath) {
        this.renderer = renderer;
        this.pluginWeb = pluginWeb;
        this.contextPath = contextPath;
    }

    public String contextPath() {
        return contextPath;
    }

    public VelocityTemplateRenderer renderer() {
        return renderer;
    }

    /** Renders {@code standin/<template>.vm} into the layout and writes the page. */
    public void write(HttpServletResponse response, int status, String title, String template,
                      Map<String, Object> model, List<String> webResourceContexts) throws IOException {
        Map<String, Object> context = new HashMap<>(model);
        context.put("contextPath", contextPath);
        String bodyHtml = renderer.render("standin/" + template + ".vm", context);

        Map<String, Object> page = new HashMap<>();
        page.put("contextPath", contextPath);
        page.put("title", title);
        page.put("bodyHtml", bodyHtml);
        page.put("resourceTagsHtml", resourceTags(webResourceContexts));
        SignedInUser.current().ifPresent(user -> {
            page.put("userName", user.username());
            page.put("userDisplayName", user.displayName());
        });
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(renderer.render("standin/layout.vm", page));
    }

    private String resourceTags(List<String> contexts) {
        List<String> keys = new ArrayList<>();
        keys.add(PluginWeb.AUI);
        for (String context : contexts) {
            for (String key : pluginWeb.resourcesFor(context)) {
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        StringBuilder html = new StringBuilder();
        for (String key : keys) {
            String base = contextPath + "/download/resources/" + key + "/";
            if (PluginWeb.AUI.equals(key)) {
                html.append("<link rel=\"stylesheet\" href=\"").append(base).append("aui-prototyping.css\">\n");
                html.append("<script src=\"").append(contextPath).append("/download/resources/jquery/jquery.min.js\"></script>\n");
                html.append("<script src=\"").append(base).append("aui-prototyping.js\"></script>\n");
                continue;
            }
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
}

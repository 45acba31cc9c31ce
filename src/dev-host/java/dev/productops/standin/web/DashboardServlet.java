package dev.productops.standin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.dashboard.SystemDashboard;
import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.plugin.PluginDescriptor;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /secure/Dashboard.jspa}: Jira's system dashboard. Its gadgets come first, each a plugin's
 * {@code <dashboard-item>} rendered in the browser by its AMD module (see standin/js/dashboard.js); below them,
 * the projects (teams) the user can browse. Administrators get "Add gadget" and each gadget's menu.
 */
public final class DashboardServlet extends HttpServlet {
    private static final int ISSUES_PER_PROJECT = 8;
    /** What the dashboard's own script (standin/web/dashboard.js) uses: its add-gadget dialog, gadget menus, context path. */
    private static final List<String> DASHBOARD_WEB_RESOURCES = List.of("com.atlassian.auiplugin:dialog2",
            "com.atlassian.auiplugin:aui-dropdown2", "com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path");

    private final HostData data;
    private final PageLayout layout;
    private final SystemDashboard dashboard;
    private final PluginDescriptor descriptor;
    private final Map<String, String> messages;
    private final ObjectMapper json;
    private final String contextPath;

    public DashboardServlet(HostData data, PageLayout layout, SystemDashboard dashboard, PluginDescriptor descriptor,
                            Map<String, String> messages, ObjectMapper json, String contextPath) {
        this.data = data;
        this.layout = layout;
        this.dashboard = dashboard;
        this.descriptor = descriptor;
        this.messages = messages;
        this.json = json;
        this.contextPath = contextPath;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser viewer = SignedInUser.current().orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("projects", projects(viewer));
        model.put("gadgets", gadgets());
        model.put("items", items());
        model.put("editable", viewer.admin());
        model.put("dashboardId", String.valueOf(SystemDashboard.ID));
        String script = "<script src=\"" + contextPath + "/download/resources/standin/dashboard.js\"></script>\n"
                + "<link rel=\"stylesheet\" href=\"" + contextPath + "/download/resources/standin/dashboard.css\">\n";
        layout.write(response, HttpServletResponse.SC_OK, "System dashboard", "dashboard", model, List.of("atl.dashboard"),
                DASHBOARD_WEB_RESOURCES, script);
    }

    private List<Map<String, Object>> gadgets() throws JsonProcessingException {
        List<Map<String, Object>> gadgets = new ArrayList<>();
        for (SystemDashboard.Gadget gadget : dashboard.gadgets()) {
            Optional<PluginDescriptor.DashboardItem> item = item(gadget.moduleKey());
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", String.valueOf(gadget.id()));
            view.put("moduleKey", gadget.moduleKey());
            // An item whose plugin is gone stays on the dashboard, as in Jira, saying so instead of rendering.
            view.put("title", item.map(i -> text(i.titleKey())).orElse(gadget.moduleKey()));
            view.put("amdModule", item.map(PluginDescriptor.DashboardItem::amdModule).orElse(""));
            view.put("configurable", String.valueOf(item.map(PluginDescriptor.DashboardItem::configurable).orElse(false)));
            view.put("preferences", json.writeValueAsString(gadget.preferences()));
            gadgets.add(view);
        }
        return gadgets;
    }

    private List<Map<String, Object>> items() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (PluginDescriptor.DashboardItem item : descriptor.dashboardItems()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("moduleKey", descriptor.key() + ":" + item.key());
            view.put("title", text(item.titleKey()));
            view.put("description", item.descriptionKey() == null ? "" : text(item.descriptionKey()));
            view.put("thumbnail", item.thumbnail() == null ? "" : contextPath + item.thumbnail());
            items.add(view);
        }
        return items;
    }

    private Optional<PluginDescriptor.DashboardItem> item(String moduleKey) {
        return descriptor.dashboardItems().stream().filter(i -> (descriptor.key() + ":" + i.key()).equals(moduleKey)).findFirst();
    }

    private String text(String key) {
        return key == null ? "" : messages.getOrDefault(key, key);
    }

    private List<Map<String, Object>> projects(HostUser viewer) {
        List<Map<String, Object>> projects = new ArrayList<>();
        for (HostProject project : data.projects()) {
            if (!viewer.canBrowse(project.key())) {
                continue;
            }
            List<Map<String, Object>> issues = data.issuesOf(project.id()).stream()
                    .limit(ISSUES_PER_PROJECT)
                    .map(i -> IssueViews.describe(i, data))
                    .toList();
            long total = data.issuesOf(project.id()).size();
            projects.add(Map.of("key", project.key(), "name", project.name(), "issues", issues,
                    "total", String.valueOf(total)));
        }
        return projects;
    }
}

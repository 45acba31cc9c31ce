package dev.productops.standin.web;

import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /secure/Dashboard.jspa}: the landing page, listing the projects (teams) the user can browse. */
public final class DashboardServlet extends HttpServlet {
    private static final int ISSUES_PER_PROJECT = 8;

    private final HostData data;
    private final PageLayout layout;

    public DashboardServlet(HostData data, PageLayout layout) {
        this.data = data;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser viewer = SignedInUser.current().orElseThrow();
        List<Map<String, Object>> projects = new ArrayList<>();
        for (HostProject project : data.projects()) {
            if (!viewer.canBrowse(project.key())) {
                continue;
            }
            List<Map<String, Object>> issues = data.issues().stream()
                    .filter(i -> i.projectId() == project.id())
                    .limit(ISSUES_PER_PROJECT)
                    .map(i -> IssueViews.describe(i, data))
                    .toList();
            long total = data.issues().stream().filter(i -> i.projectId() == project.id()).count();
            projects.add(Map.of("key", project.key(), "name", project.name(), "issues", issues,
                    "total", String.valueOf(total)));
        }
        layout.write(response, HttpServletResponse.SC_OK, "System dashboard", "dashboard",
                Map.of("projects", projects), List.of("atl.dashboard"));
    }
}

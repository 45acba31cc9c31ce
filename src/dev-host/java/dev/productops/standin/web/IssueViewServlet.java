package dev.productops.standin.web;

import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.host.StandInJira;
import dev.productops.standin.plugin.PluginWeb;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
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

/** {@code /browse/{KEY}}: Jira's issue view, with the web panels plugins register for its right column. */
public final class IssueViewServlet extends HttpServlet {
    public static final String RIGHT_CONTEXT = "atl.jira.view.issue.right.context";
    public static final String VIEW_ISSUE_RESOURCES = "jira.view.issue";

    private final StandInJira jira;
    private final PluginWeb pluginWeb;
    private final PageLayout layout;

    public IssueViewServlet(StandInJira jira, PluginWeb pluginWeb, PageLayout layout) {
        this.jira = jira;
        this.pluginWeb = pluginWeb;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
        HostData data = jira.data();
        HostUser viewer = SignedInUser.current().orElseThrow();
        Optional<HostIssue> found = data.issueByKey(key).filter(issue -> canSee(viewer, issue));
        if (found.isEmpty()) {
            // Jira answers the same for a missing and a hidden issue.
            layout.write(response, HttpServletResponse.SC_NOT_FOUND, "Issue not found", "issue-not-found",
                    Map.of("key", key), List.of());
            return;
        }
        HostIssue issue = found.get();
        Map<String, Object> model = new HashMap<>(IssueViews.describe(issue, data));
        model.put("links", links(issue, viewer));

        Map<String, Object> panelContext = new HashMap<>();
        panelContext.put("issue", jira.getIssueObject(issue.id()));
        panelContext.put("project", jira.getProjectObj(issue.projectId()));
        panelContext.put("user", jira.getLoggedInUser());
        List<Map<String, Object>> panels = new ArrayList<>();
        for (PluginWeb.RenderedPanel panel : pluginWeb.panels(RIGHT_CONTEXT, panelContext)) {
            // Jira's issue view leaves out a panel whose HTML is blank, header and all (issue-nav plugin's
            // WebPanelBeanBuilder.build: StringUtils.isNotBlank(panelHtml)).
            if (panel.html() == null || panel.html().isBlank()) {
                continue;
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("key", panel.key());
            view.put("label", panel.label());
            view.put("contentHtml", panel.html());
            panels.add(view);
        }
        model.put("rightPanels", panels);
        layout.write(response, HttpServletResponse.SC_OK, "[" + issue.key() + "] " + issue.summary(), "issue",
                model, List.of(VIEW_ISSUE_RESOURCES));
    }

    private boolean canSee(HostUser viewer, HostIssue issue) {
        return jira.data().canBrowse(viewer, issue);
    }

    /** Issue links grouped by the phrase read from this issue's side; links to hidden issues are left out. */
    private List<Map<String, Object>> links(HostIssue issue, HostUser viewer) {
        HostData data = jira.data();
        Map<String, List<Map<String, Object>>> byPhrase = new LinkedHashMap<>();
        for (HostLink link : data.outwardLinks(issue.id())) {
            addLink(byPhrase, data.linkType(link.linkTypeId()).map(t -> t.outward()).orElse("links to"),
                    link.destinationIssueId(), viewer);
        }
        for (HostLink link : data.inwardLinks(issue.id())) {
            addLink(byPhrase, data.linkType(link.linkTypeId()).map(t -> t.inward()).orElse("linked from"),
                    link.sourceIssueId(), viewer);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byPhrase.forEach((phrase, issues) -> groups.add(Map.of("phrase", phrase, "issues", issues)));
        return groups;
    }

    private void addLink(Map<String, List<Map<String, Object>>> byPhrase, String phrase, long otherId, HostUser viewer) {
        jira.data().issue(otherId).filter(other -> canSee(viewer, other)).ifPresent(other ->
                byPhrase.computeIfAbsent(phrase, p -> new ArrayList<>()).add(IssueViews.describe(other, jira.data())));
    }
}

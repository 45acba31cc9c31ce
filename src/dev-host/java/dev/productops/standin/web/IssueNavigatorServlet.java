package dev.productops.standin.web;

import dev.productops.standin.host.StandInTimeZones;
import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.jira.JqlQuery;
import dev.productops.standin.jira.JqlSubset;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /issues/?jql=...}: Jira's issue navigator, reduced to a list. It shows the issues the JQL (the stand-in's
 * subset) finds among those the viewer may browse, which is where the metrics gadget's numbers lead.
 */
public final class IssueNavigatorServlet extends HttpServlet {
    /** Jira pages its navigator; one long page is enough here, with a word when there is more. */
    private static final int MAX_SHOWN = 1000;

    private final HostData data;
    private final StandInTimeZones timeZones;
    private final PageLayout layout;

    public IssueNavigatorServlet(HostData data, PageLayout layout, StandInTimeZones timeZones) {
        this.data = data;
        this.layout = layout;
        this.timeZones = timeZones;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser viewer = SignedInUser.current().orElseThrow();
        String jql = Optional.ofNullable(request.getParameter("jql")).orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("jql", jql);
        int status = HttpServletResponse.SC_OK;
        try {
            JqlQuery query = JqlSubset.parse(jql, data, viewer, timeZones.zoneOf(viewer));
            List<HostIssue> found = query.candidates(data).stream()
                    .filter(issue -> data.canBrowse(viewer, issue))
                    .filter(issue -> query.matches(issue, data))
                    .sorted(query.order())
                    .toList();
            model.put("total", String.valueOf(found.size()));
            model.put("shown", String.valueOf(Math.min(found.size(), MAX_SHOWN)));
            model.put("issues", found.stream().limit(MAX_SHOWN).map(issue -> row(issue, timeZones.zoneOf(viewer))).toList());
        } catch (JqlSubset.UnsupportedJqlException e) {
            // Jira shows the parser's message above an empty list, and the page itself loads fine.
            model.put("error", e.getMessage());
            model.put("issues", List.of());
        }
        layout.write(response, status, "Issue navigator", "issues", model, List.of());
    }

    private Map<String, Object> row(HostIssue issue, ZoneId viewerZone) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", issue.key());
        row.put("summary", issue.summary());
        row.put("status", issue.statusName());
        row.put("statusCategory", issue.statusCategory().key());
        row.put("resolved", issue.resolutionDate() == null ? ""
                : issue.resolutionDate().atZone(viewerZone).toLocalDate().toString());
        return row;
    }
}

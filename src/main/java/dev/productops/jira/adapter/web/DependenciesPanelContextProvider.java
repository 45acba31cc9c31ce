package dev.productops.jira.adapter.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import dev.productops.jira.adapter.jira.JiraWebPanelContext;
import dev.productops.jira.adapter.rest.ReasonTexts;
import dev.productops.jira.application.dependency.IssueDependencies;
import dev.productops.jira.application.dependency.IssueDependencies.Problem;
import dev.productops.jira.application.dependency.IssueDependencies.Report;
import dev.productops.jira.domain.dependency.RiskState;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the "Dependencies" web panel of the issue view: every line already in words, so the template only prints.
 * With no dependency the viewer may see, {@code dependencies} is absent and the template renders nothing, which Jira's
 * issue view takes as "no panel" (it drops a panel whose HTML is blank): one read of the issue's links decides it,
 * where a condition would read them a second time.
 */
public class DependenciesPanelContextProvider implements ContextProvider {
    private static final String STATE_KEY = "productops.board.state.";
    /** AUI's lozenges for the problem states: a conflict red, blocked amber, at risk blue. */
    private static final Map<RiskState, String> LOZENGES = Map.of(RiskState.CONFLICT, "aui-lozenge-removed",
            RiskState.BLOCKED, "aui-lozenge-moved", RiskState.AT_RISK, "aui-lozenge-current");

    private final IssueDependencies dependencies;
    private final I18nResolver i18n;

    public DependenciesPanelContextProvider(IssueDependencies dependencies, I18nResolver i18n) {
        this.dependencies = dependencies;
        this.i18n = i18n;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        JiraWebPanelContext.issueId(context).flatMap(dependencies::of).ifPresent(report -> result.put("dependencies", describe(report)));
        return result;
    }

    private Map<String, Object> describe(Report report) {
        ReasonTexts reasons = new ReasonTexts(i18n);
        List<String> cycles = new ArrayList<>();
        for (IssueDependencies.Cycle cycle : report.cycles()) {
            cycles.add(i18n.getText("productops.issueDependencies.cycle", arguments(cycle.issues(),
                    String.join(", ", cycle.neighbours()), cycle.asOf().toString())));
        }
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem problem : report.problems()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("state", problem.state().id());
            line.put("stateLabel", i18n.getText(STATE_KEY + problem.state().id()));
            line.put("lozenge", LOZENGES.get(problem.state()));
            line.put("who", i18n.getText(problem.otherIsBlocker() ? "productops.issueDependencies.waitsFor"
                    : "productops.issueDependencies.waitedForBy", arguments(problem.otherKey())));
            line.put("reason", reasons.text(problem.reason()));
            problems.add(line);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("issueKey", report.issueKey());
        view.put("cycles", cycles);
        view.put("problems", problems);
        boolean wrong = !cycles.isEmpty() || !problems.isEmpty();
        view.put("hasLines", wrong);
        view.put("cycleLabel", i18n.getText("productops.issueDependencies.inCycle"));
        view.put("summary", report.settled() == 0 ? null : i18n.getText(wrong ? "productops.issueDependencies.othersSettled"
                : "productops.issueDependencies.allSettled", arguments(report.settled())));
        view.put("boardQuery", "projects=" + URLEncoder.encode(String.join(",", report.teams()), StandardCharsets.UTF_8)
                + "&focus=" + URLEncoder.encode(report.issueKey(), StandardCharsets.UTF_8));
        view.put("boardLinkLabel", i18n.getText("productops.issueDependencies.board", arguments(report.issueKey())));
        return view;
    }

    private static Serializable[] arguments(Serializable... values) {
        return values;
    }
}

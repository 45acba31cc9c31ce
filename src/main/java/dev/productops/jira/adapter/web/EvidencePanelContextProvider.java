package dev.productops.jira.adapter.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import dev.productops.jira.adapter.jira.JiraWebPanelContext;

import java.util.HashMap;
import java.util.Map;

/** Feeds the "Customer evidence" web panel in the issue view's right column. */
public class EvidencePanelContextProvider implements ContextProvider {
    private final EvidencePanel panel;

    public EvidencePanelContextProvider(EvidencePanel panel) {
        this.panel = panel;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.putAll(panel.model(JiraWebPanelContext.issueKey(context).orElse(null)));
        return result;
    }
}

package dev.productops.jira.adapter.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import dev.productops.jira.adapter.jira.JiraWebPanelContext;
import dev.productops.jira.application.insight.EvidenceQuery;
import dev.productops.jira.domain.insight.Evidence;
import dev.productops.jira.domain.insight.LinkedInsight;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Feeds the "Customer evidence" panel on the issue view. Templates get only Maps, Lists and Strings
 * (Jira 10's Velocity allowlist blocks calls on our own classes), already formatted.
 */
public class EvidencePanelContextProvider implements ContextProvider {
    static final int QUOTE_EXCERPT_LENGTH = 160;

    private final EvidenceQuery evidenceQuery;
    private final I18nResolver i18n;

    public EvidencePanelContextProvider(EvidenceQuery evidenceQuery, I18nResolver i18n) {
        this.evidenceQuery = evidenceQuery;
        this.i18n = i18n;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("i18n", i18n);
        String issueKey = JiraWebPanelContext.issueKey(context).orElse(null);
        result.put("issueKey", issueKey);
        Evidence evidence = issueKey == null ? null : evidenceQuery.evidenceFor(issueKey).orElse(null);
        result.put("evidence", evidence == null ? null : describe(evidence));
        return result;
    }

    private static Map<String, Object> describe(Evidence evidence) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("score", NumberFormat.getNumberInstance(Locale.ROOT).format(evidence.score()));
        view.put("insightCount", String.valueOf(evidence.insightCount()));
        view.put("customerCount", String.valueOf(evidence.customerCount()));
        view.put("totalArr", NumberFormat.getIntegerInstance(Locale.ENGLISH).format(evidence.totalArr()));
        view.put("empty", evidence.isEmpty());
        List<Map<String, Object>> insights = evidence.insights().stream().map(EvidencePanelContextProvider::describe).toList();
        view.put("insights", insights);
        return view;
    }

    private static Map<String, Object> describe(LinkedInsight insight) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(insight.insightId()));
        view.put("title", insight.title());
        view.put("quoteExcerpt", excerpt(insight.quote()));
        view.put("source", insight.source().id());
        view.put("importance", String.valueOf(insight.importance().level()));
        insight.customerIfKnown().ifPresent(customer -> {
            view.put("customerName", customer.name());
            view.put("segment", customer.segment());
        });
        return view;
    }

    static String excerpt(String quote) {
        if (quote == null) {
            return "";
        }
        String flat = quote.strip().replaceAll("\\s+", " ");
        return flat.length() <= QUOTE_EXCERPT_LENGTH ? flat : flat.substring(0, QUOTE_EXCERPT_LENGTH - 1).stripTrailing() + "…";
    }
}

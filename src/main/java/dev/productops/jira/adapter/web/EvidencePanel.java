package dev.productops.jira.adapter.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.productops.jira.application.insight.EvidenceQuery;
import dev.productops.jira.domain.insight.Evidence;
import dev.productops.jira.domain.insight.LinkedInsight;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "Customer evidence" panel of the issue view: one template, rendered by Jira in the issue view and by
 * our REST resource when the panel refreshes itself after a change. Templates get only Maps, Lists and
 * Strings (Jira 10's Velocity allowlist blocks calls on our own classes), already formatted.
 */
public class EvidencePanel {
    static final String TEMPLATE = "templates/insight/evidence-panel.vm";
    static final int QUOTE_EXCERPT_LENGTH = 160;
    /** The strongest insights shown in the panel; the rest are a click away in the library (a busy issue has thousands). */
    static final int SHOWN_INSIGHTS = 20;

    private final EvidenceQuery evidenceQuery;
    private final I18nResolver i18n;
    private final TemplateRenderer renderer;

    public EvidencePanel(EvidenceQuery evidenceQuery, I18nResolver i18n, TemplateRenderer renderer) {
        this.evidenceQuery = evidenceQuery;
        this.i18n = i18n;
        this.renderer = renderer;
    }

    /** The template's context for an issue the viewer may see; {@code evidence} is null otherwise. */
    public Map<String, Object> model(String issueKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("issueKey", issueKey);
        Evidence evidence = issueKey == null ? null : evidenceQuery.evidenceFor(issueKey).orElse(null);
        model.put("evidence", evidence == null ? null : describe(evidence));
        return model;
    }

    /** The panel's HTML, or empty when the issue does not exist or the viewer may not browse it. */
    public Optional<String> render(String issueKey) {
        Map<String, Object> model = model(issueKey);
        if (model.get("evidence") == null) {
            return Optional.empty();
        }
        StringWriter html = new StringWriter();
        try {
            renderer.render(TEMPLATE, model, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(html.toString());
    }

    private static Map<String, Object> describe(Evidence evidence) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("score", NumberFormat.getNumberInstance(Locale.ROOT).format(evidence.score()));
        view.put("insightCount", String.valueOf(evidence.insightCount()));
        view.put("customerCount", String.valueOf(evidence.customerCount()));
        view.put("totalArr", NumberFormat.getIntegerInstance(Locale.ENGLISH).format(evidence.totalArr()) + " " + evidence.currency());
        view.put("empty", evidence.isEmpty());
        NumberFormat twoDecimals = NumberFormat.getNumberInstance(Locale.ENGLISH);
        twoDecimals.setMaximumFractionDigits(2);
        view.put("breakdown", evidence.breakdown().stream().map(line -> Map.<String, Object>of(
                "customerName", line.customerName(),
                "importance", String.valueOf(line.importance()),
                "weight", twoDecimals.format(line.segmentWeight()),
                "revenueFactor", twoDecimals.format(line.revenueFactor()),
                "value", twoDecimals.format(line.value()))).toList());
        int anonymousLevels = evidence.insights().stream().filter(i -> i.customer() == null)
                .mapToInt(i -> i.importance().level()).sum();
        view.put("anonymousLine", anonymousLevels == 0 ? null
                : anonymousLevels + " × 0.5 = " + twoDecimals.format(anonymousLevels * 0.5));
        List<Map<String, Object>> insights = evidence.insights().stream().limit(SHOWN_INSIGHTS).map(EvidencePanel::describe).toList();
        view.put("insights", insights);
        int more = evidence.insights().size() - insights.size();
        view.put("moreCount", more > 0 ? NumberFormat.getIntegerInstance(Locale.ENGLISH).format(more) : null);
        return view;
    }

    private static Map<String, Object> describe(LinkedInsight insight) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", String.valueOf(insight.insightId()));
        view.put("title", insight.title());
        view.put("quoteExcerpt", excerpt(insight.quote()));
        view.put("quote", insight.quote() == null ? "" : insight.quote());
        view.put("source", insight.source().id());
        view.put("importance", String.valueOf(insight.importance().level()));
        view.put("note", insight.note() == null ? "" : insight.note());
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

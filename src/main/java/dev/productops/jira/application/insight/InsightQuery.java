package dev.productops.jira.application.insight;

import dev.productops.jira.application.PageRequest;
import dev.productops.jira.domain.insight.InsightOrder;
import dev.productops.jira.domain.insight.SourceType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A search of the insights library as someone asked for it. Every filter is optional (null); text filters are kept
 * stripped, a blank one is no filter. {@code issueKey} names an issue still to be found for the viewer.
 */
public record InsightQuery(String text, SourceType source, Integer customerId, String segment, String tag,
                           String issueKey, InsightOrder order, PageRequest page) {
    /** Words beyond these add nothing a person can tell apart, and each costs the database a LIKE. */
    static final int MAX_WORDS = 10;

    public InsightQuery {
        text = blankToNull(text);
        segment = blankToNull(segment);
        tag = blankToNull(tag);
        issueKey = blankToNull(issueKey);
        order = order == null ? InsightOrder.NEWEST : order;
        Objects.requireNonNull(page, "page");
    }

    /** Everything, newest first, first page. */
    public static InsightQuery everything() {
        return new InsightQuery(null, null, null, null, null, null, null, PageRequest.first());
    }

    /** The distinct lower-case words of the text, each of which must appear. */
    public List<String> words() {
        return text == null ? List.of()
                : Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).distinct().limit(MAX_WORDS).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

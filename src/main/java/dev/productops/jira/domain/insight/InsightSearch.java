package dev.productops.jira.domain.insight;

import java.util.List;

/**
 * What the library is filtered by. Words must all appear in the title or the quote; the other filters are
 * exact (segment and tag ignoring case). {@code issueId} is set only for an issue the viewer may see.
 */
public record InsightSearch(List<String> words, SourceType source, Integer customerId, String segment, String tag,
                            Long issueId, InsightOrder order) {
    public InsightSearch {
        words = List.copyOf(words);
        order = order == null ? InsightOrder.NEWEST : order;
    }
}

package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.TagCounts;
import dev.productops.jira.application.port.TagCounts.TagUse;
import dev.productops.jira.domain.insight.InsightContent;

import java.util.List;
import java.util.Locale;

/**
 * Tags already in use, for the tag field to suggest while someone types, so that "Renewal", "renewal " and
 * "renewals" do not become three tags. Tags belong to insights, which every user of the app may read.
 */
public class TagSuggestions {
    /** Enough to choose from in a drop-down list; a longer list is cut, not refused. */
    public static final int MAX_RESULTS = 20;

    /** What was typed so far, and how many suggestions are wanted. */
    public record TagQuery(String typed, int maxResults) {
        public TagQuery {
            typed = typed == null ? "" : typed.strip();
            if (typed.codePointCount(0, typed.length()) > InsightContent.TAG_MAX) {
                typed = typed.substring(0, typed.offsetByCodePoints(0, InsightContent.TAG_MAX));
            }
            maxResults = Math.max(1, Math.min(maxResults, MAX_RESULTS));
        }
    }

    private final TagCounts counts;

    public TagSuggestions(TagCounts counts) {
        this.counts = counts;
    }

    /** The tags that start with what was typed (ignoring case), most used first. */
    public List<TagUse> suggest(TagQuery query) {
        return counts.mostUsedStartingWith(query.typed().toLowerCase(Locale.ROOT), query.maxResults());
    }
}

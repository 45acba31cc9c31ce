package dev.productops.jira.adapter.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.productops.jira.application.problem.DataUnavailable;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Jira's issue search (JQL) as the viewer: the index answers only the issues that match and drops those the viewer may
 * not browse (project permission and issue security) with one cached filter, so nothing asks about permissions one issue
 * at a time.
 */
final class IssueSearch {
    /**
     * Issues per search page. Jira 11 on OpenSearch refuses to page past its result window (10,000 by default), so
     * pages stay well inside it; on Lucene a page costs one index search plus one document read per issue.
     */
    static final int PAGE = 1000;
    /** Issue ids per {@code issue in (…)}: a thousand terms stay far below Lucene's clause limit, and one page holds them. */
    static final int IDS_PER_QUERY = 1000;

    private final SearchService search;

    IssueSearch(SearchService search) {
        this.search = search;
    }

    /**
     * How far a search can be paged: Jira 11 on OpenSearch refuses pages past its {@code max_result_window}, 10,000 by
     * default ("Migrating Lucene collectors to Search API in Jira 11").
     */
    static final int RESULT_WINDOW = 10_000;

    /**
     * Every page of the search, as the viewer.
     *
     * @param what what is searched for, in words, for the message when Jira cannot answer
     */
    void forEach(ApplicationUser viewer, String jql, String what, Consumer<Issue> action) {
        forEach(viewer, jql, what, false, action);
    }

    /**
     * Every page of the search when its matches fit in {@link #RESULT_WINDOW}; otherwise nothing is passed on and the
     * answer is false, for the caller to search in slices.
     */
    boolean forEachWithinWindow(ApplicationUser viewer, String jql, String what, Consumer<Issue> action) {
        return forEach(viewer, jql, what, true, action);
    }

    private boolean forEach(ApplicationUser viewer, String jql, String what, boolean onlyWithinWindow, Consumer<Issue> action) {
        SearchService.ParseResult parsed = search.parseQuery(viewer, jql);
        if (!parsed.isValid()) {
            // The JQL is ours, built from numbers and dates: Jira refusing it is a bug here, not the user's input.
            throw new IllegalStateException("Jira did not accept the query " + jql + ": " + parsed.getErrors().getErrorMessages());
        }
        Query query = parsed.getQuery();
        try {
            int start = 0;
            while (true) {
                SearchResults<Issue> page = search.search(viewer, query, new PagerFilter<>(start, PAGE));
                // At the window itself too: should a search report a total capped at the window, it is sliced all the same.
                if (start == 0 && onlyWithinWindow && page.getTotal() >= RESULT_WINDOW) {
                    return false;
                }
                page.getResults().forEach(action);
                start += page.getResults().size();
                if (page.getResults().isEmpty() || start >= page.getTotal()) {
                    return true;
                }
            }
        } catch (SearchException e) {
            throw new DataUnavailable("Jira could not search " + what + ". Try again later; the details are in Jira's log.", e);
        }
    }

    /**
     * The issues among the ids that the viewer may browse, a thousand ids per search ({@code issue in (…)}, each answered
     * in one page). Ids of deleted issues match nothing.
     *
     * @param restriction more clauses ANDed to each search (clauses joined by AND only: it is not put in parentheses), or
     *                    empty
     */
    void forEachVisible(ApplicationUser viewer, Collection<Long> issueIds, String restriction, String what, Consumer<Issue> action) {
        forEachIn(viewer, restriction, "issue", new TreeSet<>(issueIds).stream().map(String::valueOf).toList(), what, action);
    }

    /**
     * The issues with these keys that the viewer may browse, a thousand keys per search ({@code issuekey in (…)}).
     * The keys must be well-formed issue keys: they go into the JQL as they are.
     */
    void forEachWithKey(ApplicationUser viewer, Collection<String> keys, String what, Consumer<Issue> action) {
        forEachIn(viewer, "", "issuekey", List.copyOf(new TreeSet<>(keys)), what, action);
    }

    /** {@code field in (…)} a thousand values per search, each search answered in one page. */
    private void forEachIn(ApplicationUser viewer, String restriction, String field, List<String> values, String what,
                           Consumer<Issue> action) {
        for (int start = 0; start < values.size(); start += IDS_PER_QUERY) {
            String chunk = String.join(", ", values.subList(start, Math.min(values.size(), start + IDS_PER_QUERY)));
            String jql = (restriction.isEmpty() ? "" : restriction + " AND ") + field + " in (" + chunk + ") ORDER BY key";
            forEach(viewer, jql, what, action);
        }
    }

    static String joined(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}

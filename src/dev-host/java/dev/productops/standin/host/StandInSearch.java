package dev.productops.standin.host;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.productops.standin.jira.JqlQuery;
import dev.productops.standin.jira.JqlSubset;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostUser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Jira's issue search over the stand-in's data, for the plugin. {@code parseQuery} checks syntax only and {@code search}
 * runs the query unvalidated, as Jira's do: a value naming nothing matches nothing. The search answers only issues
 * the searcher may browse and counts as one call returning the page's issues; the index narrows by project and key
 * (JqlQuery.candidates), never by a pass over the instance.
 */
public final class StandInSearch implements SearchService {
    private final HostData data;
    private final JiraCalls calls;
    private final StandInTimeZones zones;
    /**
     * The matches of recent searches, by JQL and searcher: paging through a large result asks the same query again for
     * each page, which Jira's index answers cheaply and a pass over the candidates would not. The data never changes.
     */
    private final Map<String, List<HostIssue>> recentMatches = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<HostIssue>> eldest) {
                    return size() > 64;
                }
            });

    /**
     * The index behind the search: Lucene in Jira 10.3. The Jira 11 stand-in's build renames this constant
     * (src/jira11/transformer/standin-directs.properties) and its search then pages as Jira 11 on OpenSearch does: a
     * search may not reach past OpenSearch's {@code max_result_window}, 10,000 hits by default.
     */
    static final String INDEX = "search index: Lucene (Jira 10.3)";
    static final int OPENSEARCH_RESULT_WINDOW = 10_000;

    private final int resultWindow;

    public StandInSearch(HostData data, JiraCalls calls, StandInTimeZones zones) {
        this(data, calls, zones, INDEX.contains("OpenSearch") ? OPENSEARCH_RESULT_WINDOW : Integer.MAX_VALUE);
    }

    /** @param resultWindow how far a search can be paged ({@code from + size}), as OpenSearch's max_result_window */
    public StandInSearch(HostData data, JiraCalls calls, StandInTimeZones zones, int resultWindow) {
        this.data = data;
        this.calls = calls;
        this.zones = zones;
        this.resultWindow = resultWindow;
    }

    /** What the search ran: the JQL and what the stand-in made of it. */
    record ParsedQuery(String jql, JqlQuery query) implements Query {
    }

    record Messages(Set<String> errors) implements MessageSet {
        @Override
        public boolean hasAnyErrors() {
            return !errors.isEmpty();
        }

        @Override
        public Set<String> getErrorMessages() {
            return errors;
        }
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String jql) {
        calls.record("SearchService.parseQuery", 1);
        try {
            JqlQuery query = JqlSubset.parseUnvalidated(jql, data, zones.zoneOf(user(searcher).orElse(null)));
            return new ParseResult(new ParsedQuery(jql, query), new Messages(Set.of()));
        } catch (JqlSubset.UnsupportedJqlException e) {
            return new ParseResult(null, new Messages(Set.of(e.getMessage())));
        }
    }

    @Override
    public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException {
        if (!(query instanceof ParsedQuery parsed)) {
            throw new SearchException("The stand-in searches only queries made by its parseQuery, not " + query);
        }
        if ((long) pager.getStart() + pager.getMax() > resultWindow) {
            // OpenSearch's own words for a page past the window; Jira 11 passes the failure on as a SearchException.
            throw new SearchException("Result window is too large, from + size must be less than or equal to: [" + resultWindow
                    + "] but was [" + ((long) pager.getStart() + pager.getMax()) + "]. See the scroll api for a more efficient way to "
                    + "request large data sets. This limit can be set by changing the [index.max_result_window] index level setting.");
        }
        Optional<HostUser> user = user(searcher);
        String key = user.map(HostUser::username).orElse("") + "\n" + parsed.jql();
        List<HostIssue> matching = recentMatches.get(key);
        if (matching == null) {
            matching = parsed.query().candidates(data).stream()
                    .filter(issue -> parsed.query().matches(issue, data))
                    .filter(issue -> user.isPresent() && data.canBrowse(user.get(), issue))
                    .sorted(parsed.query().order())
                    .toList();
            recentMatches.put(key, matching);
        }
        int start = Math.min(Math.max(0, pager.getStart()), matching.size());
        int end = (int) Math.min(matching.size(), (long) start + Math.max(0, pager.getMax()));
        List<Issue> page = matching.subList(start, end).stream().<Issue>map(issue -> new StandInIssue(issue, data, null)).toList();
        calls.record("SearchService.search", page.size());
        return new SearchResults<>(page, matching.size(), pager.getMax(), start);
    }

    private Optional<HostUser> user(ApplicationUser searcher) {
        return searcher == null ? Optional.empty() : data.user(searcher.getUsername());
    }
}

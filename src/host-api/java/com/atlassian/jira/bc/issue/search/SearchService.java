package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Declaration of the host type (jira-api; the same members at Jira 8, 10 and 11); only the methods this app calls.
 * Never packaged.
 */
public interface SearchService {
    /** JQL syntax only: values (keys, ids, projects) are not checked here, that is {@code validateQuery}'s job. */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** One page of the issues the searcher may browse (project permission and issue security) that match. */
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** The outcome of {@link #parseQuery}: a query, or the syntax errors. */
    class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}

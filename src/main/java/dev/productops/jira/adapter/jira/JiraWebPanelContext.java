package dev.productops.jira.adapter.jira;

import com.atlassian.jira.issue.Issue;

import java.util.Map;
import java.util.Optional;

/** Reads what Jira puts into a view-issue web panel's context, so web adapters need no Jira types. */
public final class JiraWebPanelContext {
    /** The context key under which the issue view passes the issue being viewed. */
    static final String ISSUE = "issue";

    private JiraWebPanelContext() {
    }

    public static Optional<Long> issueId(Map<String, Object> context) {
        Object issue = context.get(ISSUE);
        return issue instanceof Issue ? Optional.ofNullable(((Issue) issue).getId()) : Optional.empty();
    }

    public static Optional<String> issueKey(Map<String, Object> context) {
        Object issue = context.get(ISSUE);
        return issue instanceof Issue ? Optional.ofNullable(((Issue) issue).getKey()) : Optional.empty();
    }
}

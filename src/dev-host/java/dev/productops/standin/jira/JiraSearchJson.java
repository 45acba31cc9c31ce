package dev.productops.standin.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.productops.standin.store.HostIssue;

import java.util.List;
import java.util.function.Predicate;

/** Renders one page of {@code GET /rest/api/2/search} from the issues a query matched. */
public final class JiraSearchJson {

    public static final int DEFAULT_MAX_RESULTS = 50;
    public static final int MAX_RESULTS_LIMIT = 1000;

    private final JiraIssueJson issueJson;

    public JiraSearchJson(JiraIssueJson issueJson) {
        this.issueJson = issueJson;
    }

    /**
     * @param matches    every issue the query matched and the viewer may see, already sorted
     * @param startAt    index of the first issue of the page; past the end gives an empty page
     * @param maxResults page size, null for the default; clamped to 1..1000
     * @param visible    decides which linked issues each issue may show
     * @throws IllegalArgumentException for a negative startAt
     */
    public ObjectNode search(List<HostIssue> matches, int startAt, Integer maxResults, Predicate<HostIssue> visible) {
        if (startAt < 0) {
            throw new IllegalArgumentException(
                    "The value '" + startAt + "' for the parameter 'startAt' must be 0 or greater.");
        }
        int pageSize = clampedPageSize(maxResults);
        ObjectNode page = JsonNodeFactory.instance.objectNode()
                .put("expand", "schema,names")
                .put("startAt", startAt)
                .put("maxResults", pageSize)
                .put("total", matches.size());
        ArrayNode issues = page.putArray("issues");
        matches.stream().skip(startAt).limit(pageSize).forEach(issue -> issues.add(issueJson.issue(issue, visible)));
        return page;
    }

    static int clampedPageSize(Integer maxResults) {
        if (maxResults == null) {
            return DEFAULT_MAX_RESULTS;
        }
        return Math.max(1, Math.min(MAX_RESULTS_LIMIT, maxResults));
    }
}

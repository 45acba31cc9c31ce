package dev.productops.jira.adapter.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import dev.productops.jira.application.problem.DataUnavailable;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Issues read from Jira a thousand at a time: one call per batch, never one per issue. */
final class IssueBatches {
    static final int BATCH = 1000;

    private IssueBatches() {
    }

    /** Every issue Jira still has among the ids (deleted ones are skipped), whoever may see it. */
    static void forEach(IssueManager issues, Collection<Long> ids, Consumer<Issue> action) {
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            for (Issue issue : issues.getIssueObjects(all.subList(from, Math.min(all.size(), from + BATCH)))) {
                if (issue != null) {
                    action.accept(issue);
                }
            }
        }
    }

    /**
     * Every issue id of one project. Jira reads these straight from its database and reports a failure as a checked
     * GenericEntityException; it becomes {@link DataUnavailable} so the caller sees why instead of a bare server error.
     */
    static Collection<Long> idsInProject(IssueManager issues, Long projectId) {
        try {
            return issues.getIssueIdsForProject(projectId);
        } catch (GenericEntityException e) {
            throw new DataUnavailable("Jira could not read the issues of project " + projectId
                    + ". Try again later; the details are in Jira's log.", e);
        }
    }
}

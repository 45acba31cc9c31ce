package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.InsightLinks;
import dev.productops.jira.application.port.InsightStore;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.port.Viewer;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.InvalidInput;

import java.time.Clock;
import java.time.Instant;

/** Links insights to the issues they support. Anyone who may browse an issue may link evidence to it. */
public class InsightLinking {
    /** The outcome of a link request: the link as stored, and whether it is new. */
    public record Linked(VisibleLink link, boolean created) {
    }

    private final InsightStore store;
    private final InsightLinks links;
    private final IssueDirectory issues;
    private final CurrentViewer viewers;
    private final Transactions transactions;
    private final Clock clock;

    public InsightLinking(InsightStore store, InsightLinks links, IssueDirectory issues, CurrentViewer viewers,
                          Transactions transactions, Clock clock) {
        this.store = store;
        this.links = links;
        this.issues = issues;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Linked link(int insightId, LinkRequest request) {
        Viewer viewer = viewers.require();
        if (store.find(insightId).isEmpty()) {
            throw new NotFound(InsightCatalogue.INSIGHT_NOT_FOUND);
        }
        if (request.issueKey() == null || request.issueKey().isBlank()) {
            throw InvalidInput.of("issueKey", "This field is required.");
        }
        IssueReference issue = issues.findVisible(request.issueKey().strip())
                .orElseThrow(() -> InvalidInput.of("issueKey", InsightCatalogue.ISSUE_NOT_FOUND));
        Importance importance = request.importanceLevel();
        String note = request.cleanNote();
        Instant now = clock.instant();
        boolean created = transactions.inTransaction(() -> links.link(insightId, issue.id(), importance, note, viewer.key(), now));
        return new Linked(new VisibleLink(issue.key(), issue.summary(), importance, note, viewer.displayName(), now), created);
    }

    public void unlink(int insightId, String issueKey) {
        viewers.require();
        if (store.find(insightId).isEmpty()) {
            throw new NotFound(InsightCatalogue.INSIGHT_NOT_FOUND);
        }
        IssueReference issue = issues.findVisible(issueKey).orElseThrow(() -> new NotFound(InsightCatalogue.ISSUE_NOT_FOUND));
        boolean removed = transactions.inTransaction(() -> links.unlink(insightId, issue.id()));
        if (!removed) {
            throw new NotFound("This insight is not linked to " + issue.key() + ".");
        }
    }
}

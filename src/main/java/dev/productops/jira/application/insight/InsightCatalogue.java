package dev.productops.jira.application.insight;

import dev.productops.jira.application.PageRequest;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.application.port.InsightLinks;
import dev.productops.jira.application.port.InsightStore;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.port.Viewer;
import dev.productops.jira.application.problem.ConcurrentChange;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.EditRights;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightFingerprint;
import dev.productops.jira.domain.insight.InsightSearch;
import dev.productops.jira.domain.insight.InvalidInput;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The insights library: capture, read, edit, delete and search customer evidence. */
public class InsightCatalogue {
    public static final String INSIGHT_NOT_FOUND = "Insight does not exist.";
    public static final String ISSUE_NOT_FOUND = "Issue does not exist or you do not have permission to see it.";
    public static final int MAX_PAGE = PageRequest.MAX;

    private final InsightStore store;
    private final CustomerStore customers;
    private final InsightLinks links;
    private final IssueDirectory issues;
    private final CurrentViewer viewers;
    private final Transactions transactions;
    private final Clock clock;
    private final InsightViews views;

    public InsightCatalogue(InsightStore store, CustomerStore customers, InsightLinks links, IssueDirectory issues,
                            CurrentViewer viewers, Transactions transactions, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.links = links;
        this.issues = issues;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
        this.views = new InsightViews(customers, links, issues, viewers);
    }

    /** Captures an insight and links it to the given issues in one step; nothing is stored if any part is invalid. */
    public InsightView capture(InsightContent content, List<LinkRequest> linkTo) {
        Viewer viewer = viewers.require();
        requireCustomerExists(content);
        List<ResolvedLink> resolved = resolve(linkTo);
        Instant now = clock.instant();
        Insight insight = transactions.inTransaction(() -> {
            Insight added = store.add(content, InsightFingerprint.of(content), viewer.key(), now);
            resolved.forEach(link -> links.link(added.id(), link.issue().id(), link.importance(), link.note(), viewer.key(), now));
            return added;
        });
        return views.of(insight, viewer);
    }

    public InsightView get(int id) {
        Viewer viewer = viewers.require();
        return views.of(existing(id), viewer);
    }

    /**
     * Replaces an insight's content if nobody changed it since the caller read {@code expectedVersion}; otherwise
     * nothing is written and the caller is told to reload (409), so a stale edit never overwrites a newer one.
     */
    public InsightView edit(int id, Integer expectedVersion, InsightContent content) {
        Viewer viewer = viewers.require();
        Insight insight = editable(id, viewer);
        if (expectedVersion == null) {
            throw InvalidInput.of("version", "This field is required: send the version of the insight you are changing.");
        }
        requireCustomerExists(content);
        Insight replaced = transactions.inTransaction(() -> store.replace(insight.id(), expectedVersion, content,
                InsightFingerprint.of(content), clock.instant())
                .orElseThrow(() -> new ConcurrentChange(staleEdit(insight.id(), expectedVersion))));
        return views.of(replaced, viewer);
    }

    private String staleEdit(int id, int expectedVersion) {
        return store.find(id).map(current -> "Someone else changed this insight since you opened it (you edited version "
                + expectedVersion + ", it is now at version " + current.version() + "). Reload it and make your change again.")
                .orElse(INSIGHT_NOT_FOUND);
    }

    public void delete(int id) {
        Viewer viewer = viewers.require();
        Insight insight = editable(id, viewer);
        transactions.inTransaction(() -> {
            store.remove(insight.id());
            return null;
        });
    }

    /**
     * Searches the library. An {@code issueKey} the viewer cannot browse is answered as not found rather than with an
     * empty page, exactly like a missing issue.
     */
    public Page<InsightView> search(InsightQuery query) {
        Viewer viewer = viewers.require();
        Long issueId = query.issueKey() == null ? null
                : issues.findVisible(query.issueKey()).map(IssueReference::id).orElseThrow(() -> new NotFound(ISSUE_NOT_FOUND));
        InsightSearch search = new InsightSearch(query.words(), query.source(), query.customerId(), query.segment(), query.tag(),
                issueId, query.order());
        Page<Insight> page = store.search(search, query.page().startAt(), query.page().maxResults());
        List<InsightView> pageViews = views.of(page.values(), viewer);
        return new Page<>(page.startAt(), page.maxResults(), page.total(), pageViews);
    }

    Insight existing(int id) {
        return store.find(id).orElseThrow(() -> new NotFound(INSIGHT_NOT_FOUND));
    }

    private Insight editable(int id, Viewer viewer) {
        Insight insight = existing(id);
        if (!EditRights.canEdit(insight, viewer.key(), viewer.productOpsOrAdmin())) {
            throw new NotAllowed("Only the author of an insight, the product-ops group and administrators may change it.");
        }
        return insight;
    }

    private void requireCustomerExists(InsightContent content) {
        if (content.customerId() != null && customers.find(content.customerId()).isEmpty()) {
            throw InvalidInput.of("customerId", "No customer has the id " + content.customerId() + ".");
        }
    }

    private record ResolvedLink(IssueReference issue, Importance importance, String note) {
    }

    private List<ResolvedLink> resolve(List<LinkRequest> requests) {
        List<ResolvedLink> resolved = new ArrayList<>();
        for (LinkRequest request : requests == null ? List.<LinkRequest>of() : requests) {
            IssueReference issue = issues.findVisible(request.issueKey())
                    .orElseThrow(() -> InvalidInput.of("links", ISSUE_NOT_FOUND + " (" + request.issueKey() + ")"));
            resolved.add(new ResolvedLink(issue, request.importanceLevel(), request.cleanNote()));
        }
        return resolved;
    }
}

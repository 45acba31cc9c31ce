package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.application.port.InsightLinks;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;
import dev.productops.jira.application.port.Viewer;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.EditRights;
import dev.productops.jira.domain.insight.EvidenceLink;
import dev.productops.jira.domain.insight.Insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns stored insights into what one viewer may see, for a whole page at once: customers, links and issues
 * are each loaded in one batch, never per insight. Links to issues the viewer cannot browse are left out.
 */
class InsightViews {
    private final CustomerStore customers;
    private final InsightLinks links;
    private final IssueDirectory issues;
    private final CurrentViewer viewers;

    InsightViews(CustomerStore customers, InsightLinks links, IssueDirectory issues, CurrentViewer viewers) {
        this.customers = customers;
        this.links = links;
        this.issues = issues;
        this.viewers = viewers;
    }

    InsightView of(Insight insight, Viewer viewer) {
        return of(List.of(insight), viewer).get(0);
    }

    List<InsightView> of(List<Insight> insights, Viewer viewer) {
        Set<Integer> customerIds = new LinkedHashSet<>();
        insights.stream().map(i -> i.content().customerId()).filter(Objects::nonNull).forEach(customerIds::add);
        Map<Integer, Customer> customersById = customerIds.isEmpty() ? Map.of() : customers.byIds(customerIds);
        Map<Integer, List<EvidenceLink>> linksByInsight = insights.isEmpty() ? Map.of()
                : links.linksOf(insights.stream().map(Insight::id).toList());
        Set<Long> issueIds = new LinkedHashSet<>();
        linksByInsight.values().forEach(list -> list.forEach(link -> issueIds.add(link.issueId())));
        Map<Long, IssueReference> visibleIssues = issueIds.isEmpty() ? Map.of() : issues.visible(issueIds);

        Map<String, String> displayNames = new HashMap<>();
        List<InsightView> views = new ArrayList<>(insights.size());
        for (Insight insight : insights) {
            List<VisibleLink> visible = new ArrayList<>();
            for (EvidenceLink link : linksByInsight.getOrDefault(insight.id(), List.of())) {
                IssueReference issue = visibleIssues.get(link.issueId());
                if (issue != null) {
                    String linkedBy = link.linkedBy() == null ? null : displayNames.computeIfAbsent(link.linkedBy(), viewers::displayName);
                    visible.add(new VisibleLink(issue.key(), issue.summary(), link.importance(), link.note(), linkedBy, link.linkedAt()));
                }
            }
            visible.sort(Comparator.comparing(VisibleLink::importance).reversed().thenComparing(VisibleLink::issueKey));
            String author = insight.authorKey() == null ? null
                    : displayNames.computeIfAbsent(insight.authorKey(), viewers::displayName);
            Customer customer = insight.content().customerId() == null ? null : customersById.get(insight.content().customerId());
            views.add(new InsightView(insight, customer, author,
                    EditRights.canEdit(insight, viewer.key(), viewer.productOpsOrAdmin()), visible));
        }
        return views;
    }
}

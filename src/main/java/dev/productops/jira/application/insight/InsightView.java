package dev.productops.jira.application.insight;

import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.Insight;

import java.util.List;

/** An insight as one viewer sees it: its customer, who wrote it, whether they may edit it, and the links they may see. */
public record InsightView(Insight insight, Customer customer, String authorDisplayName, boolean canEdit, List<VisibleLink> links) {
}

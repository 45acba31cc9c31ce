package dev.productops.jira.adapter.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.productops.jira.application.port.InsightLinks;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.LinkedInsight;
import dev.productops.jira.domain.insight.SourceType;
import dev.productops.jira.domain.insight.EvidenceLink;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Insight links in Active Objects. Reading an issue's evidence costs three statements, whatever the count. */
public class AoInsightLinks implements InsightLinks {
    private final ActiveObjects ao;
    private final UniqueKeys keys;

    public AoInsightLinks(ActiveObjects ao) {
        this.ao = ao;
        this.keys = new UniqueKeys(ao);
    }

    /**
     * Links, then their insights, then those insights' customers: three statements whatever the number of links.
     * The last two join back to the links instead of listing ids: with IN lists (chunked at 1000 for Oracle) an
     * issue with 5,000 links took 10 statements and 1,000-parameter queries (docs/performance.md).
     */
    @Override
    public List<LinkedInsight> linkedTo(long issueId) {
        InsightLinkEntity[] links = ao.find(InsightLinkEntity.class,
                Query.select().where(InsightLinkEntity.ISSUE_ID + " = ?", issueId));
        if (links.length == 0) {
            return List.of();
        }
        Map<Integer, InsightEntity> insights = new HashMap<>();
        boolean anyCustomer = false;
        for (InsightEntity insight : ao.find(InsightEntity.class, linkedToIssue(Query.select(), issueId))) {
            insights.put(insight.getID(), insight);
            anyCustomer |= insight.getCustomerId() != null;
        }
        Map<Integer, CustomerEntity> customers = new HashMap<>();
        if (anyCustomer) {
            Query customersOfInsights = Query.select().distinct().alias(CustomerEntity.class, "c")
                    .join(InsightEntity.class, "c.ID = i.CUSTOMER_ID");
            for (CustomerEntity customer : ao.find(CustomerEntity.class, linkedToIssue(customersOfInsights, issueId))) {
                customers.put(customer.getID(), customer);
            }
        }

        List<LinkedInsight> result = new ArrayList<>(links.length);
        for (InsightLinkEntity link : links) {
            InsightEntity insight = insights.get(link.getInsightId());
            if (insight != null) {
                CustomerEntity customer = insight.getCustomerId() == null ? null : customers.get(insight.getCustomerId());
                result.add(toLinkedInsight(link, insight, customer));
            }
        }
        return result;
    }

    /** Restricts a query to the rows the issue's links reach, joining insights as "i" and links as "l". */
    private static Query linkedToIssue(Query query, long issueId) {
        return query.alias(InsightEntity.class, "i").alias(InsightLinkEntity.class, "l")
                .join(InsightLinkEntity.class, "i.ID = l.INSIGHT_ID")
                .where("l." + InsightLinkEntity.ISSUE_ID + " = ?", issueId);
    }

    /** A concurrent link of the same pair fails to claim the pair's key; the transaction's rerun updates that link. */
    @Override
    public boolean link(int insightId, long issueId, Importance importance, String note, String linkedBy, Instant linkedAt) {
        InsightLinkEntity[] existing = ao.find(InsightLinkEntity.class, Query.select()
                .where(InsightLinkEntity.INSIGHT_ID + " = ? AND " + InsightLinkEntity.ISSUE_ID + " = ?", insightId, issueId));
        if (existing.length > 0) {
            InsightLinkEntity link = existing[0];
            link.setImportance(importance.level());
            link.setNote(note);
            link.setLinkedBy(linkedBy);
            link.setLinkedAt(Date.from(linkedAt));
            link.save();
            return false;
        }
        keys.claim(UniqueKeys.link(insightId, issueId), UniqueKeys.insight(insightId));
        ao.create(InsightLinkEntity.class, new DBParam(InsightLinkEntity.INSIGHT_ID, insightId),
                new DBParam(InsightLinkEntity.ISSUE_ID, issueId), new DBParam("IMPORTANCE", importance.level()),
                new DBParam("NOTE", note), new DBParam("LINKED_BY", linkedBy), new DBParam("LINKED_AT", Date.from(linkedAt)));
        return true;
    }

    @Override
    public boolean unlink(int insightId, long issueId) {
        keys.release(UniqueKeys.link(insightId, issueId));
        return ao.deleteWithSQL(InsightLinkEntity.class,
                InsightLinkEntity.INSIGHT_ID + " = ? AND " + InsightLinkEntity.ISSUE_ID + " = ?", insightId, issueId) > 0;
    }

    @Override
    public Map<Integer, List<EvidenceLink>> linksOf(Collection<Integer> insightIds) {
        Map<Integer, List<EvidenceLink>> byInsight = new HashMap<>();
        for (List<Integer> chunk : IdChunks.of(new LinkedHashSet<>(insightIds))) {
            InsightLinkEntity[] rows = ao.find(InsightLinkEntity.class, Query.select()
                    .where(IdChunks.inClause(InsightLinkEntity.INSIGHT_ID, chunk.size()), chunk.toArray()));
            for (InsightLinkEntity row : rows) {
                byInsight.computeIfAbsent(row.getInsightId(), id -> new ArrayList<>()).add(new EvidenceLink(row.getInsightId(),
                        row.getIssueId(), Importance.ofLevel(row.getImportance()).orElse(Importance.NOT_IMPORTANT),
                        row.getNote(), row.getLinkedBy(), row.getLinkedAt().toInstant()));
            }
        }
        return byInsight;
    }

    private static LinkedInsight toLinkedInsight(InsightLinkEntity link, InsightEntity insight, CustomerEntity customer) {
        return new LinkedInsight(
                insight.getID(),
                insight.getTitle(),
                insight.getQuote(),
                SourceType.ofId(insight.getSource()).orElse(SourceType.OTHER),
                customer == null ? null : new Customer(customer.getID(), customer.getName(), customer.getSegment(),
                        customer.getAnnualRevenue(), customer.getCurrency()),
                Importance.ofLevel(link.getImportance()).orElse(Importance.NOT_IMPORTANT),
                link.getNote(),
                link.getLinkedAt().toInstant());
    }
}

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
import net.java.ao.RawEntity;

import java.util.ArrayList;
import java.util.Arrays;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Insight links in Active Objects. Reading an issue's evidence costs three statements, whatever the count. */
public class AoInsightLinks implements InsightLinks {
    private final ActiveObjects ao;

    public AoInsightLinks(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<LinkedInsight> linkedTo(long issueId) {
        InsightLinkEntity[] links = ao.find(InsightLinkEntity.class,
                Query.select().where(InsightLinkEntity.ISSUE_ID + " = ?", issueId));
        if (links.length == 0) {
            return List.of();
        }
        Set<Integer> insightIds = new LinkedHashSet<>();
        Arrays.stream(links).forEach(link -> insightIds.add(link.getInsightId()));
        Map<Integer, InsightEntity> insights = byId(InsightEntity.class, insightIds, InsightEntity::getID);
        Set<Integer> customerIds = new LinkedHashSet<>();
        insights.values().stream().map(InsightEntity::getCustomerId).filter(Objects::nonNull).forEach(customerIds::add);
        Map<Integer, CustomerEntity> customers = byId(CustomerEntity.class, customerIds, CustomerEntity::getID);

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
        ao.create(InsightLinkEntity.class, new DBParam(InsightLinkEntity.INSIGHT_ID, insightId),
                new DBParam(InsightLinkEntity.ISSUE_ID, issueId), new DBParam("IMPORTANCE", importance.level()),
                new DBParam("NOTE", note), new DBParam("LINKED_BY", linkedBy), new DBParam("LINKED_AT", Date.from(linkedAt)));
        return true;
    }

    @Override
    public boolean unlink(int insightId, long issueId) {
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

    private <E extends RawEntity<Integer>> Map<Integer, E> byId(Class<E> type, Collection<Integer> ids, Function<E, Integer> idOf) {
        Map<Integer, E> found = new HashMap<>();
        for (List<Integer> chunk : IdChunks.of(ids)) {
            E[] rows = ao.find(type, Query.select().where(IdChunks.inClause("ID", chunk.size()), chunk.toArray()));
            for (E row : rows) {
                found.put(idOf.apply(row), row);
            }
        }
        return found;
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

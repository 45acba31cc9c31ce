package dev.productops.jira.adapter.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.productops.jira.application.port.InsightLinks;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.LinkedInsight;
import dev.productops.jira.domain.insight.SourceType;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

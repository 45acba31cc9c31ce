package dev.productops.jira.adapter.persistence;

import dev.productops.jira.domain.insight.InsightOrder;
import dev.productops.jira.domain.insight.InsightSearch;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The library's filters as one AO query over the insight table, joining tags, links or customers only when
 * filtered by them (each join matches at most one row per insight, so counts need no DISTINCT).
 */
final class InsightQuery {
    private static final Map<String, String> ORDER_COLUMNS = Map.of(
            "created", InsightEntity.CREATED, "updated", InsightEntity.UPDATED,
            "title", InsightEntity.TITLE, "capturedOn", InsightEntity.CAPTURED_ON);

    private final InsightSearch search;

    private InsightQuery(InsightSearch search) {
        this.search = search;
    }

    static InsightQuery of(InsightSearch search) {
        return new InsightQuery(search);
    }

    /** A fresh query each time: AO queries are mutable builders. */
    Query query() {
        Query query = Query.select().alias(InsightEntity.class, "i");
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (String word : search.words()) {
            conditions.add("i.SEARCH_TEXT LIKE ? ESCAPE '!'");
            parameters.add("%" + likeEscaped(word) + "%");
        }
        if (search.source() != null) {
            conditions.add("i.SOURCE = ?");
            parameters.add(search.source().id());
        }
        if (search.customerId() != null) {
            conditions.add("i.CUSTOMER_ID = ?");
            parameters.add(search.customerId());
        }
        if (search.tag() != null) {
            query.alias(InsightTagEntity.class, "t").join(InsightTagEntity.class, "i.ID = t.INSIGHT_ID");
            conditions.add("t.TAG_KEY = ?");
            parameters.add(search.tag().toLowerCase(Locale.ROOT));
        }
        if (search.issueId() != null) {
            query.alias(InsightLinkEntity.class, "l").join(InsightLinkEntity.class, "i.ID = l.INSIGHT_ID");
            conditions.add("l.ISSUE_ID = ?");
            parameters.add(search.issueId());
        }
        if (search.segment() != null) {
            query.alias(CustomerEntity.class, "c").join(CustomerEntity.class, "i.CUSTOMER_ID = c.ID");
            conditions.add("c.SEGMENT_KEY = ?");
            parameters.add(search.segment().toLowerCase(Locale.ROOT));
        }
        if (!conditions.isEmpty()) {
            query.where(String.join(" AND ", conditions), parameters.toArray());
        }
        return query;
    }

    String orderBy() {
        InsightOrder order = search.order();
        String direction = order.descending() ? " DESC" : " ASC";
        return "i." + ORDER_COLUMNS.get(order.field()) + direction + ", i.ID" + direction;
    }

    /** The user's text matches literally: LIKE's wildcards are escaped with '!'. */
    static String likeEscaped(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

package dev.productops.jira.adapter.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.productops.jira.application.port.InsightStore;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightSearch;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Insights and their tags in Active Objects. A page of search results costs three statements. */
public class AoInsightStore implements InsightStore {
    private final ActiveObjects ao;
    private final UniqueKeys keys;

    public AoInsightStore(ActiveObjects ao) {
        this.ao = ao;
        this.keys = new UniqueKeys(ao);
    }

    @Override
    public Insight add(InsightContent content, String fingerprint, String authorKey, Instant now) {
        return add(content, fingerprint, null, authorKey, now);
    }

    @Override
    public Insight addImported(InsightContent content, String fingerprint, String authorKey, Instant now) {
        return add(content, fingerprint, fingerprint, authorKey, now);
    }

    private Insight add(InsightContent content, String fingerprint, String importKey, String authorKey, Instant now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(InsightEntity.TITLE, content.title());
        row.put(InsightEntity.SOURCE, content.source().id());
        row.put(InsightEntity.CREATED, java.util.Date.from(now));
        row.put(InsightEntity.UPDATED, java.util.Date.from(now));
        row.put(InsightEntity.VERSION, 1);
        InsightEntity entity = ao.create(InsightEntity.class, row);
        if (importKey != null) {
            // Another import of the same row, at the same time, fails here; its rerun counts the row as a duplicate.
            keys.claim(UniqueKeys.imported(importKey), UniqueKeys.insight(entity.getID()));
        }
        write(entity, content, fingerprint, now);
        entity.setAuthorKey(authorKey);
        entity.save();
        writeTags(entity.getID(), content.tags());
        return StoredInsights.toInsight(entity, content.tags());
    }

    @Override
    public Optional<Insight> find(int id) {
        InsightEntity entity = ao.get(InsightEntity.class, id);
        if (entity == null) {
            return Optional.empty();
        }
        return Optional.of(StoredInsights.toInsight(entity, tagsOf(List.of(id)).getOrDefault(id, List.of())));
    }

    @Override
    public Optional<Insight> replace(int id, int expectedVersion, InsightContent content, String fingerprint, Instant now) {
        InsightEntity entity = ao.get(InsightEntity.class, id);
        if (entity == null || StoredInsights.version(entity) != expectedVersion) {
            return Optional.empty();
        }
        int next = expectedVersion + 1;
        // Two edits of one version both claim this key, so the second fails whatever the isolation level: on READ
        // COMMITTED the UPDATE alone would let it overwrite the first silently. Its rerun then sees the new version.
        keys.claim(UniqueKeys.edit(id, next), UniqueKeys.insight(id));
        keys.releaseOthers(UniqueKeys.insight(id), "edit:" + id + ":", UniqueKeys.edit(id, next));
        write(entity, content, fingerprint, now);
        entity.setVersion(next);
        entity.save();
        ao.deleteWithSQL(InsightTagEntity.class, InsightTagEntity.INSIGHT_ID + " = ?", id);
        writeTags(id, content.tags());
        return Optional.of(StoredInsights.toInsight(entity, content.tags()));
    }

    @Override
    public void remove(int id) {
        keys.releaseAllOf(UniqueKeys.insight(id));
        ao.deleteWithSQL(InsightTagEntity.class, InsightTagEntity.INSIGHT_ID + " = ?", id);
        ao.deleteWithSQL(InsightLinkEntity.class, InsightLinkEntity.INSIGHT_ID + " = ?", id);
        ao.deleteWithSQL(InsightEntity.class, "ID = ?", id);
    }

    @Override
    public Set<String> existingFingerprints(Collection<String> fingerprints) {
        Set<String> existing = new HashSet<>();
        for (List<String> chunk : IdChunks.of(new HashSet<>(fingerprints))) {
            for (InsightEntity entity : ao.find(InsightEntity.class, Query.select("ID, " + InsightEntity.FINGERPRINT)
                    .where(IdChunks.inClause(InsightEntity.FINGERPRINT, chunk.size()), chunk.toArray()))) {
                existing.add(entity.getFingerprint());
            }
        }
        return existing;
    }

    @Override
    public Page<Insight> search(InsightSearch search, int startAt, int maxResults) {
        InsightQuery filter = InsightQuery.of(search);
        int total = ao.count(InsightEntity.class, filter.query());
        InsightEntity[] rows = ao.find(InsightEntity.class, filter.query().order(filter.orderBy()).offset(startAt).limit(maxResults));
        Map<Integer, List<String>> tags = tagsOf(Arrays.stream(rows).map(InsightEntity::getID).toList());
        List<Insight> insights = Arrays.stream(rows).map(row -> StoredInsights.toInsight(row, tags.getOrDefault(row.getID(), List.of()))).toList();
        return new Page<>(startAt, maxResults, total, insights);
    }

    @Override
    public Map<Integer, Integer> countByCustomer(Collection<Integer> customerIds) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<Integer> chunk : IdChunks.of(new HashSet<>(customerIds))) {
            for (InsightEntity entity : ao.find(InsightEntity.class, Query.select("ID, " + InsightEntity.CUSTOMER_ID)
                    .where(IdChunks.inClause(InsightEntity.CUSTOMER_ID, chunk.size()), chunk.toArray()))) {
                counts.merge(entity.getCustomerId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void write(InsightEntity entity, InsightContent content, String fingerprint, Instant now) {
        entity.setTitle(content.title());
        entity.setQuote(content.quote());
        entity.setSource(content.source().id());
        entity.setSourceUrl(content.sourceUrl());
        entity.setCustomerId(content.customerId());
        entity.setCapturedOn(content.capturedOn() == null ? null : Date.valueOf(content.capturedOn()));
        entity.setFingerprint(fingerprint);
        entity.setSearchText(StoredInsights.searchText(content));
        entity.setUpdated(java.util.Date.from(now));
    }


    private void writeTags(int insightId, List<String> tags) {
        for (String tag : tags) {
            ao.create(InsightTagEntity.class, new DBParam(InsightTagEntity.INSIGHT_ID, insightId),
                    new DBParam(InsightTagEntity.TAG, tag), new DBParam(InsightTagEntity.TAG_KEY, tag.toLowerCase(Locale.ROOT)));
        }
    }

    private Map<Integer, List<String>> tagsOf(Collection<Integer> insightIds) {
        Map<Integer, List<String>> tags = new LinkedHashMap<>();
        for (List<Integer> chunk : IdChunks.of(insightIds)) {
            InsightTagEntity[] rows = ao.find(InsightTagEntity.class, Query.select()
                    .where(IdChunks.inClause(InsightTagEntity.INSIGHT_ID, chunk.size()), chunk.toArray()).order("ID"));
            for (InsightTagEntity row : rows) {
                tags.computeIfAbsent(row.getInsightId(), id -> new ArrayList<>()).add(row.getTag());
            }
        }
        return tags;
    }

}

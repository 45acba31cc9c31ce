package dev.productops.jira.adapter.persistence;

import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightFingerprint;
import dev.productops.jira.domain.insight.SourceType;

import java.sql.Date;
import java.util.List;
import java.util.Locale;

/** Reading insight rows back into the domain, and the derived columns every write (and upgrade) must keep. */
public final class StoredInsights {
    private StoredInsights() {
    }

    static Insight toInsight(InsightEntity entity, List<String> tags) {
        return new Insight(entity.getID(), content(entity, tags), entity.getAuthorKey(),
                entity.getCreated().toInstant(), entity.getUpdated().toInstant(), version(entity));
    }

    static int version(InsightEntity entity) {
        return entity.getVersion() == null ? 1 : entity.getVersion();
    }

    static String searchText(InsightContent content) {
        return (content.title() + "\n" + content.quote()).toLowerCase(Locale.ROOT);
    }

    /** Fills the derived columns of a row written before they existed (tags do not take part in either). */
    public static void fillKeys(InsightEntity entity) {
        InsightContent content = content(entity, List.of());
        entity.setSearchText(searchText(content));
        entity.setFingerprint(InsightFingerprint.of(content));
    }

    private static InsightContent content(InsightEntity entity, List<String> tags) {
        return new InsightContent(entity.getTitle(), entity.getQuote() == null ? "" : entity.getQuote(),
                SourceType.ofId(entity.getSource()).orElse(SourceType.OTHER), entity.getSourceUrl(), entity.getCustomerId(),
                entity.getCapturedOn() == null ? null : new Date(entity.getCapturedOn().getTime()).toLocalDate(), tags);
    }
}

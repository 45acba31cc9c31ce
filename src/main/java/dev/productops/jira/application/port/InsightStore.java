package dev.productops.jira.application.port;

import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightSearch;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Where insights are kept. */
public interface InsightStore {
    Insight add(InsightContent content, String fingerprint, String authorKey, Instant now);

    Optional<Insight> find(int id);

    Insight replace(int id, InsightContent content, String fingerprint, Instant now);

    /** Removes the insight with its tags and links. */
    void remove(int id);

    /** Which of these fingerprints already belong to a stored insight (one query per thousand). */
    Set<String> existingFingerprints(Collection<String> fingerprints);

    Page<Insight> search(InsightSearch search, int startAt, int maxResults);
}

package dev.productops.jira.application.port;

import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightSearch;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where insights are kept. */
public interface InsightStore {
    Insight add(InsightContent content, String fingerprint, String authorKey, Instant now);

    Optional<Insight> find(int id);

    /** Like {@link #add}, remembering the fingerprint as the row's import key, which no other insight may have. */
    Insight addImported(InsightContent content, String fingerprint, String authorKey, Instant now);

    /**
     * Replaces the content if the insight is still at {@code expectedVersion}, making it the next version; empty
     * (and nothing written) when it is at another. Two edits of one version at once: the database refuses the second.
     */
    Optional<Insight> replace(int id, int expectedVersion, InsightContent content, String fingerprint, Instant now);

    /** Removes the insight with its tags and links. */
    void remove(int id);

    /** Which of these fingerprints already belong to a stored insight (one query per thousand). */
    Set<String> existingFingerprints(Collection<String> fingerprints);

    Page<Insight> search(InsightSearch search, int startAt, int maxResults);

    /** How many insights name each of these customers (one query per thousand); customers with none are absent. */
    Map<Integer, Integer> countByCustomer(Collection<Integer> customerIds);
}

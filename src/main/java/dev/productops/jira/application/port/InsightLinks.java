package dev.productops.jira.application.port;

import dev.productops.jira.domain.insight.EvidenceLink;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.LinkedInsight;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Stored links between insights and Jira issues. */
public interface InsightLinks {
    /** Every insight linked to the issue, with its customer; a fixed number of queries however many there are. */
    List<LinkedInsight> linkedTo(long issueId);

    /** Links the insight to the issue, or updates the existing link; true when the link is new. */
    boolean link(int insightId, long issueId, Importance importance, String note, String linkedBy, Instant linkedAt);

    /** False when there was no such link. */
    boolean unlink(int insightId, long issueId);

    /** The links of several insights, in a fixed number of queries. */
    Map<Integer, List<EvidenceLink>> linksOf(Collection<Integer> insightIds);
}

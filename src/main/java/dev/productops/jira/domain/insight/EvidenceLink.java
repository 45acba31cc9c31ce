package dev.productops.jira.domain.insight;

import java.time.Instant;

/** The link between one insight and one Jira issue (by id), with how much it matters there. */
public record EvidenceLink(int insightId, long issueId, Importance importance, String note, String linkedBy, Instant linkedAt) {
}

package dev.productops.jira.application.insight;

import dev.productops.jira.domain.insight.Importance;

import java.time.Instant;

/** A link to an issue the viewer may browse, with what they need to recognise the issue. */
public record VisibleLink(String issueKey, String summary, Importance importance, String note, String linkedBy, Instant linkedAt) {
}

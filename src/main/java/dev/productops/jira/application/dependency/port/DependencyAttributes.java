package dev.productops.jira.application.dependency.port;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What people add to a Jira link to plan with it: when the dependent needs it, who owns it, what was agreed
 * ({@code state}: proposed, committed, at-risk, done, declined) and a short note. Never changes the Jira link.
 */
public record DependencyAttributes(long linkId, LocalDate neededBy, String ownerKey, String state, String note,
                                   String updatedBy, Instant updated) {
}

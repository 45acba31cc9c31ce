package dev.productops.jira.application.dependency.port;

/** A Jira issue link read as a dependency: {@code blocker} must finish before {@code dependent}. */
public record BoardLink(long linkId, long blockerId, long dependentId, String type) {
}

package dev.productops.jira.application.dependency.port;

/**
 * Which Jira link type means "must finish before", and from which side: for Blocks ("A blocks B") the
 * link's source is the blocker; for a "depends on" type the destination is.
 */
public record DependencyLinkRule(String linkTypeName, boolean sourceIsBlocker) {
}

package dev.productops.jira.application.port;

/** The logged-in person a use case acts for: an administrator, in the product-ops group (or admin), or neither. */
public record Viewer(String key, String username, String displayName, boolean administrator, boolean productOpsOrAdmin) {
}

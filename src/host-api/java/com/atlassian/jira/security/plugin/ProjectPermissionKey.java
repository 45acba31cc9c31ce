package com.atlassian.jira.security.plugin;

import java.util.Objects;

/** Declaration of the host value type (final class, jira-api) with clean-room value semantics. Never packaged. */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey && ((ProjectPermissionKey) o).permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}

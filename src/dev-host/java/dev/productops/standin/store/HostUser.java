package dev.productops.standin.store;

import java.util.Objects;
import java.util.Set;

/**
 * A Jira user. {@code key} is Jira's stable user key ("JIRAUSER10100" on modern Jira), {@code username}
 * is the login name. Admins browse every project whatever {@code browsableProjectKeys} says.
 */
public record HostUser(long id, String key, String username, String displayName, String email, String password,
                       boolean admin, Set<String> browsableProjectKeys) {

    public HostUser {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        browsableProjectKeys = Set.copyOf(browsableProjectKeys);
    }

    public boolean canBrowse(String projectKey) {
        return admin || browsableProjectKeys.contains(projectKey);
    }
}

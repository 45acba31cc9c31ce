package dev.productops.jira.application.fake;

import dev.productops.jira.application.port.JiraGroups;
import dev.productops.jira.application.port.UserDirectory;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Jira's users and groups in memory: each user's key is "key-" and the username, as {@link SignedIn} makes them. */
public final class InMemoryUsers implements UserDirectory, JiraGroups {
    private final Set<String> usernames = new HashSet<>();
    private final Set<String> groups = new HashSet<>();

    public InMemoryUsers user(String username) {
        usernames.add(username);
        return this;
    }

    public InMemoryUsers group(String name) {
        groups.add(name);
        return this;
    }

    @Override
    public Optional<String> keyOf(String username) {
        return usernames.contains(username) ? Optional.of("key-" + username) : Optional.empty();
    }

    @Override
    public Optional<String> usernameOf(String userKey) {
        return Optional.of(userKey).filter(k -> k.startsWith("key-")).map(k -> k.substring(4)).filter(usernames::contains);
    }

    @Override
    public boolean exists(String groupName) {
        return groups.contains(groupName);
    }
}

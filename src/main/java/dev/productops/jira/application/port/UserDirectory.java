package dev.productops.jira.application.port;

import java.util.Optional;

/** Jira's users, for naming owners of dependencies. */
public interface UserDirectory {
    /** The user key of an existing user, by username. */
    Optional<String> keyOf(String username);

    Optional<String> usernameOf(String userKey);
}

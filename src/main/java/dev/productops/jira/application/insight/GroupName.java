package dev.productops.jira.application.insight;

import dev.productops.jira.domain.insight.InvalidInput;

/**
 * The name of a Jira group as an administrator typed it, stripped. Whether Jira has the group is asked when it is
 * chosen; the length is Jira's own limit for a group name.
 */
public record GroupName(String value) {
    static final int MAX = 255;

    public GroupName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.length() > MAX) {
            throw InvalidInput.of("group", "Must be the name of a Jira group (at most " + MAX + " characters).");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.productops.jira.domain;

import java.util.Locale;

/**
 * A Jira project key, the name teams know their project by ("PAY"). Jira keys are upper case, so whatever case a
 * person typed names the same project.
 */
public record ProjectKey(String value) {
    public ProjectKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A project key is never blank.");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}

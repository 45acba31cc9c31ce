package dev.productops.jira.application.dependency;

import dev.productops.jira.domain.insight.InvalidInput;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which link types an administrator wants as dependencies, each with the end that must finish first. Names are as
 * typed (matched to Jira's link types ignoring case); at least one rule, since a board without dependencies is empty.
 */
public record LinkTypeChange(List<Rule> rules) {
    /** The end of a link that blocks the other; the id is what the API speaks. */
    public enum Blocker {
        SOURCE("source"), DESTINATION("destination");

        private final String id;

        Blocker(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Blocker> ofId(String id) {
            return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
        }
    }

    public record Rule(String linkTypeName, Blocker blocker) {
        public Rule {
            linkTypeName = linkTypeName == null ? "" : linkTypeName.strip();
            Objects.requireNonNull(blocker, "blocker");
        }
    }

    public LinkTypeChange {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw InvalidInput.of("dependencyLinkTypes", "Choose at least one link type.");
        }
    }
}

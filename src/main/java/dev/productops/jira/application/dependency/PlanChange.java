package dev.productops.jira.application.dependency;

import dev.productops.jira.domain.dependency.AgreementState;
import dev.productops.jira.domain.insight.InvalidInput;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What someone sets on a dependency, already parsed: every attribute is replaced, an empty one clears it. The owner
 * is a username still to be looked up (only Jira knows whether it exists); the note is kept stripped, and at most
 * {@link #NOTE_MAX} characters because its column holds no more.
 */
public record PlanChange(Optional<LocalDate> neededBy, Optional<String> owner, Optional<AgreementState> state,
                         Optional<String> note) {
    public static final int NOTE_MAX = 255;

    public PlanChange {
        Objects.requireNonNull(neededBy, "neededBy");
        Objects.requireNonNull(state, "state");
        owner = owner.map(String::strip).filter(o -> !o.isEmpty());
        note = note.map(String::strip).filter(n -> !n.isEmpty());
        if (note.map(String::length).orElse(0) > NOTE_MAX) {
            throw InvalidInput.of("note", "Must be at most " + NOTE_MAX + " characters.");
        }
    }

    /** Clears every attribute. */
    public static PlanChange nothing() {
        return new PlanChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}

package dev.productops.jira.application.insight;

import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.InvalidInput;

/** "Link this insight to that issue with this importance", as asked; checked by {@link #importanceLevel()}. */
public record LinkRequest(String issueKey, Integer importance, String note) {
    static final int NOTE_MAX = 255;

    Importance importanceLevel() {
        if (importance == null) {
            throw InvalidInput.of("importance", "This field is required: 0 (not important) to 3 (critical).");
        }
        return Importance.ofLevel(importance)
                .orElseThrow(() -> InvalidInput.of("importance", "Must be 0 (not important) to 3 (critical)."));
    }

    String cleanNote() {
        String clean = note == null ? null : note.strip();
        if (clean != null && clean.length() > NOTE_MAX) {
            throw InvalidInput.of("note", "Must be at most " + NOTE_MAX + " characters.");
        }
        return clean == null || clean.isEmpty() ? null : clean;
    }
}

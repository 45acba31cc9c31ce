package dev.productops.jira.domain.insight;

import java.time.Instant;
import java.util.Objects;

/** A stored piece of customer evidence; {@code version} counts its edits (1 when captured). */
public record Insight(int id, InsightContent content, String authorKey, Instant created, Instant updated, int version) {
    public Insight {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}

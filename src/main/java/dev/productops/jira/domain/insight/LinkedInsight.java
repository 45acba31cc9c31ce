package dev.productops.jira.domain.insight;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An insight as seen from one issue it is linked to: the evidence, who said it, and how much it matters there. */
public record LinkedInsight(int insightId, String title, String quote, SourceType source, Customer customer,
                            Importance importance, String note, Instant linkedAt) {
    public LinkedInsight {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(importance, "importance");
        Objects.requireNonNull(linkedAt, "linkedAt");
    }

    public Optional<Customer> customerIfKnown() {
        return Optional.ofNullable(customer);
    }
}

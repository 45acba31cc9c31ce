package dev.productops.jira.domain.insight;

import java.util.Arrays;
import java.util.Optional;

/** How the insights library can be sorted; the id is what the API and URLs use ("-" for descending). */
public enum InsightOrder {
    NEWEST("-created"), OLDEST("created"),
    RECENTLY_UPDATED("-updated"), LEAST_RECENTLY_UPDATED("updated"),
    TITLE("title"), TITLE_DESCENDING("-title"),
    CAPTURED("capturedOn"), RECENTLY_CAPTURED("-capturedOn");

    private final String id;

    InsightOrder(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean descending() {
        return id.startsWith("-");
    }

    /** The field sorted on: created, updated, title or capturedOn. */
    public String field() {
        return descending() ? id.substring(1) : id;
    }

    public static Optional<InsightOrder> ofId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
    }
}

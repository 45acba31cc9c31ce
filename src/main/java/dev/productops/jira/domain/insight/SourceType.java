package dev.productops.jira.domain.insight;

import java.util.Arrays;
import java.util.Optional;

/** Where a piece of customer evidence came from. */
public enum SourceType {
    INTERVIEW("interview"),
    SUPPORT_TICKET("support-ticket"),
    SURVEY("survey"),
    SALES_CALL("sales-call"),
    USAGE_DATA("usage-data"),
    REVIEW("review"),
    OTHER("other");

    /** values() copies the array on each call; ofId runs once per evidence row read. */
    private static final SourceType[] ALL = values();

    private final String id;

    SourceType(String id) {
        this.id = id;
    }

    /** The stable identifier used in the REST API, CSV imports and storage. */
    public String id() {
        return id;
    }

    public static java.util.List<String> ids() {
        return Arrays.stream(values()).map(SourceType::id).toList();
    }

    public static Optional<SourceType> ofId(String id) {
        for (SourceType type : ALL) {
            if (type.id.equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

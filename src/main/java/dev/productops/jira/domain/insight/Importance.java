package dev.productops.jira.domain.insight;

import java.util.Optional;

/** How much a piece of evidence matters to the issue it is linked to, as the person linking it judged. */
public enum Importance {
    NOT_IMPORTANT(0),
    NICE_TO_HAVE(1),
    IMPORTANT(2),
    CRITICAL(3);

    /** values() copies the array on each call; ofLevel runs once per evidence row read. */
    private static final Importance[] ALL = values();

    private final int level;

    Importance(int level) {
        this.level = level;
    }

    /** The 0–3 level users and the REST API speak in; it is also the weight in the evidence score. */
    public int level() {
        return level;
    }

    public static Optional<Importance> ofLevel(int level) {
        for (Importance importance : ALL) {
            if (importance.level == level) {
                return Optional.of(importance);
            }
        }
        return Optional.empty();
    }
}

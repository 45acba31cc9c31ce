package dev.productops.jira.domain.dependency;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which link phrases mean "must finish before", and in which direction. A phrase is what Jira shows
 * from one issue's side of a link ("PAY-1 blocks CHK-2", "CHK-2 is blocked by PAY-1"); exports list
 * a link from both ends with the two inverse phrases, and instances name their types differently
 * ("depends on" / "depends upon", "Required", "Blocker"). So the mapping is a table an admin can
 * extend, not code. Phrases not in the table (relates to, duplicates, clones, …) are not dependencies.
 */
public final class DependencyPhrases {
    /** Who must finish first, seen from the issue whose side the phrase is on. */
    public enum Direction {
        /** "this issue blocks the linked one": this issue must finish first. */
        THIS_ISSUE_FIRST,
        /** "this issue depends on the linked one": the linked issue must finish first. */
        LINKED_ISSUE_FIRST,
        NOT_A_DEPENDENCY
    }

    private final Map<String, Direction> table;

    private DependencyPhrases(Map<String, Direction> table) {
        this.table = table;
    }

    /**
     * The phrases of Jira's default "Blocks" type and of the dependency types found in real data
     * (Spring: "depends on" / "is depended on by"; Apache: Blocker, dependent, Required).
     */
    public static DependencyPhrases defaults() {
        return none()
                .with("blocks", Direction.THIS_ISSUE_FIRST).with("is blocked by", Direction.LINKED_ISSUE_FIRST)
                .with("depends on", Direction.LINKED_ISSUE_FIRST).with("is depended on by", Direction.THIS_ISSUE_FIRST)
                .with("depends upon", Direction.LINKED_ISSUE_FIRST).with("is depended upon by", Direction.THIS_ISSUE_FIRST)
                .with("requires", Direction.LINKED_ISSUE_FIRST).with("is required by", Direction.THIS_ISSUE_FIRST);
    }

    public static DependencyPhrases none() {
        return new DependencyPhrases(Map.of());
    }

    /** A copy with {@code phrase} (matched ignoring case and surrounding spaces) mapped to {@code direction}. */
    public DependencyPhrases with(String phrase, Direction direction) {
        Map<String, Direction> copy = new LinkedHashMap<>(table);
        copy.put(normal(phrase), direction);
        return new DependencyPhrases(Collections.unmodifiableMap(copy));
    }

    public Direction direction(String phrase) {
        return phrase == null ? Direction.NOT_A_DEPENDENCY : table.getOrDefault(normal(phrase), Direction.NOT_A_DEPENDENCY);
    }

    public Map<String, Direction> table() {
        return table;
    }

    private static String normal(String phrase) {
        return phrase.trim().toLowerCase(Locale.ROOT);
    }
}

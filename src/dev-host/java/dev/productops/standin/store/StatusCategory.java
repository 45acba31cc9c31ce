package dev.productops.standin.store;

import java.util.Arrays;
import java.util.Optional;

/** Jira's three fixed status categories, with the keys and colours its REST API reports. */
public enum StatusCategory {
    TO_DO("new", "To Do", "blue-gray"),
    IN_PROGRESS("indeterminate", "In Progress", "yellow"),
    DONE("done", "Done", "green");

    private final String key;
    private final String displayName;
    private final String colorName;

    StatusCategory(String key, String displayName, String colorName) {
        this.key = key;
        this.displayName = displayName;
        this.colorName = colorName;
    }

    public String key() {
        return key;
    }

    /** The category's name as Jira shows it ("To Do"); {@link #name()} stays the enum constant. */
    public String displayName() {
        return displayName;
    }

    public String colorName() {
        return colorName;
    }

    public static Optional<StatusCategory> byKey(String key) {
        return Arrays.stream(values()).filter(category -> category.key.equalsIgnoreCase(key)).findFirst();
    }
}

package dev.productops.jira.domain.insight;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every broken rule of one input, so the user sees all of them at once rather than one per try. */
final class InputCheck {
    private final Map<String, String> errors = new LinkedHashMap<>();

    String required(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            errors.putIfAbsent(field, "This field is required.");
            return null;
        }
        return maxLength(field, trimmed, maxLength);
    }

    String optional(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.isEmpty() ? null : maxLength(field, trimmed, maxLength);
    }

    String maxBytes(String field, String value, int maxBytes) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            errors.putIfAbsent(field, "Must be at most " + maxBytes + " bytes.");
        }
        return value;
    }

    private String maxLength(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            errors.putIfAbsent(field, "Must be at most " + maxLength + " characters.");
        }
        return value;
    }

    void fail(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}

package dev.productops.jira.domain.insight;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every broken rule of one input, so the user sees all of them at once rather than one per try. */
final class InputCheck {
    private final Map<String, String> errors = new LinkedHashMap<>();

    String required(String field, String value, int maxLength) {
        return required(field, value, maxLength, maxLength);
    }

    /**
     * {@code storedUnits}: what the column holds in UTF-16 units (the unit of HSQLDB, H2 and SQL Server), which
     * a text of many emoji reaches before {@code maxLength} characters.
     */
    String required(String field, String value, int maxLength, int storedUnits) {
        String clean = clean(field, value);
        if (clean.isEmpty() || invisible(clean)) {
            errors.putIfAbsent(field, "This field is required.");
            return null;
        }
        maxLength(field, clean, maxLength);
        if (clean.length() > storedUnits) {
            errors.putIfAbsent(field, "Is too long to store: at most " + maxLength + " characters, and emoji count as two.");
        }
        return clean;
    }

    String optional(String field, String value, int maxLength) {
        String clean = clean(field, value);
        if (clean.isEmpty() || invisible(clean)) {
            return null;
        }
        maxLength(field, clean, maxLength);
        if (clean.length() > maxLength) {
            errors.putIfAbsent(field, "Is too long to store: at most " + maxLength + " characters, and emoji count as two.");
        }
        return clean;
    }

    /** Cleans free text (kept as written otherwise, line breaks included) and checks its size in UTF-8 bytes. */
    String maxBytes(String field, String value, int maxBytes) {
        String clean = clean(field, value);
        if (clean.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            errors.putIfAbsent(field, "Must be at most " + maxBytes + " bytes.");
        }
        return clean;
    }

    /**
     * Text as it will be stored: NFC (so one letter typed two ways is one letter), without the zero-width
     * spaces and byte-order marks that only hide in text, trimmed. NUL cannot be stored by PostgreSQL and a lone
     * surrogate is not text at all: both are refused rather than altered.
     */
    String clean(String field, String value) {
        if (value == null) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                errors.putIfAbsent(field, "Must not contain the NUL character (U+0000).");
                return "";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                errors.putIfAbsent(field, "Must be valid Unicode text (it has a lone surrogate).");
                return "";
            }
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("[\\u200B\\u2060\\uFEFF]", "").strip();
    }

    /** Only format characters (zero-width joiners, direction marks) and spaces: nothing anyone could read. */
    static boolean invisible(String text) {
        return text.codePoints().allMatch(c -> Character.getType(c) == Character.FORMAT || Character.isWhitespace(c)
                || Character.isSpaceChar(c));
    }

    /** Lengths count characters as people see them (code points): an emoji is one, not two UTF-16 units. */
    private String maxLength(String field, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
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

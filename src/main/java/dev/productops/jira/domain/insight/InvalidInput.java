package dev.productops.jira.domain.insight;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Values that break a rule of the domain, each named by the field users typed it in. */
public class InvalidInput extends RuntimeException {
    private final Map<String, String> errors;

    public InvalidInput(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}

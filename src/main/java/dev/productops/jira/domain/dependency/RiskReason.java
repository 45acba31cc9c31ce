package dev.productops.jira.domain.dependency;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reason a dependency has its state: a code the UI translates and the values the text needs
 * (dates as ISO yyyy-mm-dd, numbers, issue keys), in a stable order.
 */
public record RiskReason(ReasonCode code, Map<String, String> parameters) {
    public RiskReason {
        Objects.requireNonNull(code, "code");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Pairs of name and value: {@code RiskReason.of(code, "due", "2025-03-01", "daysLate", "4")}. */
    public static RiskReason of(ReasonCode code, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new RiskReason(code, parameters);
    }

    /** The default English text with the parameters filled in. */
    public String text() {
        String text = code.englishText();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            text = text.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return text;
    }

    @Override
    public String toString() {
        return code + parameters.toString();
    }
}

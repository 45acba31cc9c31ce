package dev.productops.jira.application.insight;

import java.util.Map;

/** One data row of an import file: its row number in the file and its values by lower-case column name. */
public record ImportRow(int row, Map<String, String> values) {
    String value(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package dev.productops.standin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's jsI18n web-resource transformer: {@code AJS.I18n.getText("key")} in a script becomes the translated
 * string literal, and {@code AJS.I18n.getText("key", a, b)} becomes {@code AJS.format("pattern", a, b)}.
 */
final class ScriptTranslations {
    private static final Pattern CALL = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([\\w.\\-]+)\\1\\s*(,|\\))");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> messages;

    ScriptTranslations(Map<String, String> messages) {
        this.messages = messages;
    }

    String translate(String script) {
        Matcher call = CALL.matcher(script);
        StringBuilder out = new StringBuilder();
        while (call.find()) {
            String text = literal(messages.getOrDefault(call.group(2), call.group(2)));
            String replacement = call.group(3).equals(")") ? text : "AJS.format(" + text + ",";
            call.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        call.appendTail(out);
        return out.toString();
    }

    private static String literal(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

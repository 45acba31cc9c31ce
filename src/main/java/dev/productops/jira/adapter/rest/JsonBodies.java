package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.productops.jira.domain.insight.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Reads request bodies ourselves rather than through the host's JSON provider, so that malformed JSON (400),
 * a value of the wrong type (422, naming the field) and an oversized body (413) get the same clear answers
 * on every Jira version.
 */
final class JsonBodies {
    static final int MAX_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);

    private JsonBodies() {
    }

    static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw RestProblem.badRequest("The request needs a JSON body.");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw RestProblem.tooLarge("The request body is larger than " + MAX_BYTES / 1024 + " KiB.");
        }
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw RestProblem.badRequest("The request body must be a JSON object.");
            }
            return value;
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(name -> name != null).collect(Collectors.joining("."));
            if (field.isEmpty()) {
                throw RestProblem.badRequest("The request body must be a JSON object.");
            }
            throw InvalidInput.of(field, "Has the wrong type of value.");
        } catch (JsonProcessingException e) {
            throw RestProblem.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}

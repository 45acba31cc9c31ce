package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.productops.jira.domain.insight.InvalidInput;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads request bodies ourselves rather than through the host's JSON provider, so that malformed JSON (400),
 * a value of the wrong type (422, naming the field) and an oversized body (413) get the same clear answers
 * on every Jira version. Strict on purpose: the body is decoded as UTF-8 and refused if it is not (rather than
 * turned into U+FFFD), nothing may follow the JSON value, and no value changes type on the way in ("title": 123
 * is not the title "123", "importance": "3" is not 3).
 */
final class JsonBodies {
    static final int MAX_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
            .withCoercionConfigDefaults(config -> {
                config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                config.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
            })
            .build();

    private JsonBodies() {
    }

    static <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw RestProblem.badRequest("The request needs a JSON body.");
        }
        if (body.length > MAX_BYTES) {
            throw RestProblem.tooLarge("The request body is larger than " + MAX_BYTES / 1024 + " KiB.");
        }
        String text = utf8(body);
        if (text.isBlank()) {
            throw RestProblem.badRequest("The request needs a JSON body.");
        }
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw RestProblem.badRequest("The request body must be a JSON object.");
            }
            requireStorableText(tree, "");
            T value = JSON.treeToValue(tree, type);
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

    /** Strictly UTF-8 (RFC 8259 §8.1), as CSV uploads are. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw RestProblem.badRequest("The request body is not UTF-8 text.");
        }
    }

    /**
     * Every string anywhere in the body must be storable: NUL (which PostgreSQL refuses, and which answered 500)
     * and lone surrogates (which "\ud800" spells and no database stores as text) are refused naming the field.
     */
    private static void requireStorableText(JsonNode node, String path) {
        if (node.isTextual()) {
            String text = node.textValue();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u0000') {
                    throw InvalidInput.of(path, "Must not contain the NUL character (U+0000).");
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw InvalidInput.of(path, "Must be valid Unicode text (it has a lone surrogate).");
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                requireStorableText(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                requireStorableText(element, path);
            }
        }
    }
}

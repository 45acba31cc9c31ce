package dev.productops.jira.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reading a GET /board answer in the API tests. */
final class BoardAnswers {
    private BoardAnswers() {
    }

    static JsonNode dependency(JsonNode board, String from, String to) {
        for (JsonNode d : board.get("dependencies")) {
            if (d.get("from").asText().equals(from) && d.get("to").asText().equals(to)) {
                return d;
            }
        }
        throw new AssertionError("no dependency " + from + " -> " + to + " on the board");
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}

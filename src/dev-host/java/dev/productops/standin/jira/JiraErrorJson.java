package dev.productops.standin.jira;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** Jira's error body: {@code {"errorMessages":[...],"errors":{field: message}}}. */
public final class JiraErrorJson {

    private JiraErrorJson() {
    }

    public static ObjectNode errorCollection(List<String> errorMessages, Map<String, String> errors) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        errorMessages.forEach(body.putArray("errorMessages")::add);
        ObjectNode fieldErrors = body.putObject("errors");
        errors.forEach(fieldErrors::put);
        return body;
    }
}

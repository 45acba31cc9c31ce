package dev.productops.jira.adapter.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Jira's error shape, so clients handle our errors exactly like Jira's own. */
public record ErrorCollection(List<String> errorMessages, Map<String, String> errors) {

    public static Response response(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorCollection(List.of(message), Map.of()))
                .build();
    }
}

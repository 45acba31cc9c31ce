package dev.productops.jira.adapter.rest;

import javax.ws.rs.core.Response;

/** A request the REST layer refuses before any use case runs: malformed, too large, or with a bad parameter. */
class RestProblem extends RuntimeException {
    private final Response.Status status;

    RestProblem(Response.Status status, String message) {
        super(message);
        this.status = status;
    }

    Response.Status status() {
        return status;
    }

    static RestProblem badRequest(String message) {
        return new RestProblem(Response.Status.BAD_REQUEST, message);
    }

    static RestProblem tooLarge(String message) {
        return new RestProblem(Response.Status.REQUEST_ENTITY_TOO_LARGE, message);
    }
}

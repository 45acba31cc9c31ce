package dev.productops.jira.application.problem;

/** A request parameter that cannot be understood (a malformed date, too many projects): the caller must fix the request. */
public class InvalidQuery extends RuntimeException {
    public InvalidQuery(String message) {
        super(message);
    }
}

package dev.productops.jira.application.problem;

/** A record with the same identity already exists (e.g. a customer with that name). */
public class AlreadyExists extends RuntimeException {
    public AlreadyExists(String message) {
        super(message);
    }
}

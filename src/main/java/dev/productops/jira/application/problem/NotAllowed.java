package dev.productops.jira.application.problem;

/** The caller is known but may not do this. */
public class NotAllowed extends RuntimeException {
    public NotAllowed(String message) {
        super(message);
    }
}

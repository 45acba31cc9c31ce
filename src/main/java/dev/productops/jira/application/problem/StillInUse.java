package dev.productops.jira.application.problem;

/** A change would orphan records that still depend on what it removes (e.g. the rate of a customer's currency). */
public class StillInUse extends RuntimeException {
    public StillInUse(String message) {
        super(message);
    }
}

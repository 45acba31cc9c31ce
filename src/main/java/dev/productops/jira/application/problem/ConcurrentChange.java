package dev.productops.jira.application.problem;

/** Someone else changed the same thing first (a stale version, or a race that retrying did not settle): 409. */
public class ConcurrentChange extends RuntimeException {
    public static final String TRY_AGAIN = "Someone changed this at the same time; try again.";

    public ConcurrentChange(String message) {
        super(message);
    }
}

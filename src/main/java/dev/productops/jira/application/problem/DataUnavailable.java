package dev.productops.jira.application.problem;

/**
 * The host could not hand over data the request needs (its database failed): nothing is wrong with the request, and
 * asking again later may work.
 */
public class DataUnavailable extends RuntimeException {
    public DataUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

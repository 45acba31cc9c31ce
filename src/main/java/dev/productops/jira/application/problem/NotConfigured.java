package dev.productops.jira.application.problem;

/**
 * A value that names something administrators have not set up (a currency without an exchange rate, a segment not
 * in the list): the request is wrong for this install, not malformed, and the message says who can fix it.
 */
public class NotConfigured extends RuntimeException {
    private final String field;

    public NotConfigured(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

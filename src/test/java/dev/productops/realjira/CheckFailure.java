package dev.productops.realjira;

/** The check found something wrong with the app on this Jira; the message says what, for the person who ran it. */
final class CheckFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CheckFailure(String message) {
        super(message);
    }
}

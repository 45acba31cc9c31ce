package dev.productops.jira.application.problem;

/**
 * A question that cannot be answered as asked (a period that ends before it starts, too many projects): the caller
 * must ask differently. {@code part} says which part of the question, so an adapter can name it in its own terms
 * (a query parameter, a form field); the message never does.
 */
public class InvalidQuery extends RuntimeException {
    /** The parts of a board or metric question that can be wrong. */
    public enum Part { PROJECTS, PERIOD_START, PERIOD_END, PERIOD, WEEKS, THRESHOLD, MAX_RESULTS }

    private final Part part;

    public InvalidQuery(Part part, String message) {
        super(message);
        this.part = part;
    }

    public Part part() {
        return part;
    }
}

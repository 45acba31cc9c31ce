package dev.productops.jira.application.problem;

/** An amount in a currency the administrators gave no exchange rate for, so it cannot be summed with others. */
public class NoExchangeRate extends RuntimeException {
    public NoExchangeRate(String message) {
        super(message);
    }
}

package dev.productops.jira.application.problem;

/** An amount in a currency the administrators gave no exchange rate for, so it cannot be summed with others. */
public class NoExchangeRate extends NotConfigured {
    public NoExchangeRate(String message) {
        super("currency", message);
    }
}

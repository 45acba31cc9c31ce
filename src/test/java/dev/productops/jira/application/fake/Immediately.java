package dev.productops.jira.application.fake;

import dev.productops.jira.application.port.Transactions;

import java.util.function.Supplier;

/** Runs the work at once and counts how often a use case asked for a transaction. */
public final class Immediately implements Transactions {
    private int transactions;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    public int transactions() {
        return transactions;
    }
}

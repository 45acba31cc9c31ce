package dev.productops.jira.application.port;

import java.util.function.Supplier;

/** Runs a use case's writes as one database transaction. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}

package com.atlassian.sal.api.rdbms;

/**
 * Declaration of the host type (SAL 3.0+, also in decompiled sal-api 5.1.4). Only what this app calls: the mode comes
 * from the factory ({@code create()} / {@code createReadOnly()}), so the fluent {@code readOnly()}, {@code readWrite()},
 * {@code newTransaction()} and {@code existingTransaction()} are left out. {@code getSchemaName()} is deliberately not
 * declared: its return type moved between Fugue packages across SAL versions, so the app finds its tables through
 * JDBC metadata instead. Never packaged.
 */
public interface TransactionalExecutor {
    <A> A execute(ConnectionCallback<A> callback);
}

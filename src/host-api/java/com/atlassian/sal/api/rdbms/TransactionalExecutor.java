package com.atlassian.sal.api.rdbms;

/**
 * Declaration of the host type (SAL 3.0+). Only what this app calls. {@code getSchemaName()} is deliberately not
 * declared: its return type moved between Fugue packages across SAL versions, so the app finds its tables through
 * JDBC metadata instead. Never packaged.
 */
public interface TransactionalExecutor {
    <A> A execute(ConnectionCallback<A> callback);

    TransactionalExecutor readOnly();

    TransactionalExecutor readWrite();

    TransactionalExecutor existingTransaction();
}

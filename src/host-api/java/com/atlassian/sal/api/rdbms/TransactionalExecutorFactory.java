package com.atlassian.sal.api.rdbms;

/**
 * Declaration of the host type (SAL 5.x: decompiled sal-api 5.1.4). The defaults are SAL's own: the two factories
 * the app calls delegate to {@code createExecutor(boolean, boolean)}, which hosts implement (sal-core's
 * {@code DefaultTransactionalExecutorFactory} does) and which throws if a host does not. Never packaged.
 */
public interface TransactionalExecutorFactory {
    /** A read-write executor that joins the transaction already open, if any. */
    default TransactionalExecutor create() {
        return createExecutor(false, false);
    }

    default TransactionalExecutor createReadOnly() {
        return createExecutor(true, false);
    }

    default TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        throw new UnsupportedOperationException("not implemented by default");
    }
}

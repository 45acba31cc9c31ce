package com.atlassian.sal.api.rdbms;

/** Declaration of the host type (SAL 3.0+, checked against the SAL 3.0.0 javadoc). Never packaged. */
public interface TransactionalExecutorFactory {
    TransactionalExecutor createExecutor();
}

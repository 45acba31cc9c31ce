package com.atlassian.sal.api.transaction;

/** Declaration of the host type (SAL 5.x). Never packaged. */
public interface TransactionCallback<T> {
    T doInTransaction();
}

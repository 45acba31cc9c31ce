package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/** Declaration of the host type (SAL 3.0+), complete: the app implements it. Never packaged. */
public interface ConnectionCallback<A> {
    A execute(Connection connection);
}

package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Declaration of the host type (SAL 5.x); only the methods this app calls. Never packaged. */
public interface I18nResolver {
    String getText(String key, Serializable... arguments);

    String getText(String key);
}

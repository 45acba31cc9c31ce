package com.atlassian.sal.api.user;

/** Declaration of the host type (SAL 5.x); only the methods this app calls. Never packaged. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();
}

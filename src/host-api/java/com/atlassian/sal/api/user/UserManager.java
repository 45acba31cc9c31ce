package com.atlassian.sal.api.user;

/** Declaration of the host type (SAL 5.x); only the methods this app calls. Never packaged. */
public interface UserManager {
    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}

package com.atlassian.jira.user;

import java.security.Principal;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface ApplicationUser extends Principal {
    Long getId();

    String getKey();

    String getUsername();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();
}

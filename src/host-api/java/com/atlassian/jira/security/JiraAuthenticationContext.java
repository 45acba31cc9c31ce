package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    Locale getLocale();
}

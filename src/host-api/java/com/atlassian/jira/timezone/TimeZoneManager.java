package com.atlassian.jira.timezone;

import java.util.TimeZone;

/** Declaration of the host type (jira-api, Jira 7+ signatures); only the methods this app calls. Never packaged. */
public interface TimeZoneManager {
    /** The logged-in user's time zone; Jira's default time zone for anonymous requests and users without one. */
    TimeZone getLoggedInUserTimeZone();

    /** Jira's default time zone (the JVM's unless an administrator chose another). */
    TimeZone getDefaultTimezone();
}

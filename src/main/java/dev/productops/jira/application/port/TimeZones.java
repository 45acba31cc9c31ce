package dev.productops.jira.application.port;

import java.time.ZoneId;

/**
 * Where days begin and end. People plan in their own calendar: "today", "overdue" and "resolved this week" must be
 * the days Jira shows them, in the time zone of their Jira profile, not the server's.
 */
public interface TimeZones {
    /** The current viewer's zone; Jira's default for anonymous requests. */
    ZoneId viewerZone();

    /** Jira's default zone, for work done for nobody in particular (the daily snapshot). */
    ZoneId defaultZone();
}

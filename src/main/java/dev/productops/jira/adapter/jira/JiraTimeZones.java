package dev.productops.jira.adapter.jira;

import com.atlassian.jira.timezone.TimeZoneManager;
import dev.productops.jira.application.port.TimeZones;

import java.time.ZoneId;

/** The zones Jira's users chose in their profiles, and the one the administrator set as default. */
public class JiraTimeZones implements TimeZones {
    private final TimeZoneManager timeZoneManager;

    public JiraTimeZones(TimeZoneManager timeZoneManager) {
        this.timeZoneManager = timeZoneManager;
    }

    @Override
    public ZoneId viewerZone() {
        return timeZoneManager.getLoggedInUserTimeZone().toZoneId();
    }

    @Override
    public ZoneId defaultZone() {
        return timeZoneManager.getDefaultTimezone().toZoneId();
    }
}

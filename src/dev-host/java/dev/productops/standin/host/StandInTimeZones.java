package dev.productops.standin.host;

import com.atlassian.jira.timezone.TimeZoneManager;
import dev.productops.standin.store.HostUser;

import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;

/**
 * Jira's time zones: each user may pick one in their profile, everyone else gets Jira's default. The default is
 * {@code -Dproductops.timezone} (UTC when unset) rather than the JVM's, so that a test run's zone and the zone the
 * plugin must use can differ, as they do on a real server whose administrator chose a default.
 */
public final class StandInTimeZones implements TimeZoneManager {
    private final ZoneId defaultZone;
    private final Map<String, ZoneId> byUsername;

    public StandInTimeZones(ZoneId defaultZone, Map<String, ZoneId> byUsername) {
        this.defaultZone = defaultZone;
        this.byUsername = Map.copyOf(byUsername);
    }

    public static ZoneId configuredDefault() {
        String configured = System.getProperty("productops.timezone", "").trim();
        return configured.isEmpty() ? ZoneId.of("UTC") : ZoneId.of(configured);
    }

    /** The user's own zone, or the default for anonymous users and users who chose none. */
    public ZoneId zoneOf(HostUser user) {
        return user == null ? defaultZone : byUsername.getOrDefault(user.username(), defaultZone);
    }

    @Override
    public TimeZone getLoggedInUserTimeZone() {
        return TimeZone.getTimeZone(zoneOf(SignedInUser.current().orElse(null)));
    }

    @Override
    public TimeZone getDefaultTimezone() {
        return TimeZone.getTimeZone(defaultZone);
    }
}

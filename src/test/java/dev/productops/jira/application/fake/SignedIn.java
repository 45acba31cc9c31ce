package dev.productops.jira.application.fake;

import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.TimeZones;
import dev.productops.jira.application.port.Viewer;

import java.time.ZoneId;
import java.util.Optional;

/** Who asks and where they live: a signed-in viewer in a zone of their choosing, or nobody. */
public final class SignedIn implements CurrentViewer, TimeZones {
    private final Viewer viewer;
    private final ZoneId zone;

    private SignedIn(Viewer viewer, ZoneId zone) {
        this.viewer = viewer;
        this.zone = zone;
    }

    public static SignedIn as(String username, ZoneId zone) {
        return new SignedIn(new Viewer("key-" + username, username, username, false, false), zone);
    }

    public static SignedIn administrator(String username) {
        return new SignedIn(new Viewer("key-" + username, username, username, true, true), ZoneId.of("UTC"));
    }

    public static SignedIn nobody() {
        return new SignedIn(null, ZoneId.of("UTC"));
    }

    @Override
    public Optional<Viewer> current() {
        return Optional.ofNullable(viewer);
    }

    @Override
    public String displayName(String userKey) {
        return "Name of " + userKey;
    }

    @Override
    public ZoneId viewerZone() {
        return zone;
    }

    @Override
    public ZoneId defaultZone() {
        return ZoneId.of("UTC");
    }
}

package dev.productops.jira.application.port;

import dev.productops.jira.application.problem.NotAllowed;

import java.util.Optional;

/** Who is calling. */
public interface CurrentViewer {
    Optional<Viewer> current();

    default Viewer require() {
        return current().orElseThrow(() -> new NotAllowed("You must be logged in."));
    }

    /** Display names of users by key, for showing who captured or linked something. */
    String displayName(String userKey);
}

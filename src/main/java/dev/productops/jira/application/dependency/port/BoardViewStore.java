package dev.productops.jira.application.dependency.port;

import java.util.List;
import java.util.Optional;

/** Each person's boards: the last one opened, and the ones saved under a name. Per user, kept by Jira. */
public interface BoardViewStore {
    /** A board saved under a name; {@code view} is the board's address (its query), opaque here. */
    record SavedBoard(String name, String view) {
    }

    Optional<String> last(String userKey);

    void rememberLast(String userKey, String view);

    void forgetLast(String userKey);

    List<SavedBoard> saved(String userKey);

    void replaceSaved(String userKey, List<SavedBoard> boards);
}

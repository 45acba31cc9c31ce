package dev.productops.jira.application.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Finds Jira issues on behalf of the current viewer; an issue the viewer may not browse is never found. */
public interface IssueDirectory {
    Optional<IssueReference> findVisible(String issueKey);

    /**
     * The issues with these keys that the viewer may browse, by their current key (upper case), read in bulk. A key that
     * is unknown, hidden, or no longer the issue's key (the issue moved) is absent: {@link #findVisible(String)} follows
     * a moved key.
     */
    Map<String, IssueReference> findVisibleByCurrentKey(Collection<String> issueKeys);

    /** The issues among {@code ids} the viewer may browse, loaded in one batch. */
    Map<Long, IssueReference> visible(Collection<Long> ids);
}

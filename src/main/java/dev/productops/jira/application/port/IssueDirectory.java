package dev.productops.jira.application.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Finds Jira issues on behalf of the current viewer; an issue the viewer may not browse is never found. */
public interface IssueDirectory {
    Optional<IssueReference> findVisible(String issueKey);

    /** The issues among {@code ids} the viewer may browse, loaded in one batch. */
    Map<Long, IssueReference> visible(Collection<Long> ids);
}

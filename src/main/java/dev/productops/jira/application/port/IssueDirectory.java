package dev.productops.jira.application.port;

import java.util.Optional;

/** Finds Jira issues on behalf of the current viewer; an issue the viewer may not browse is never found. */
public interface IssueDirectory {
    Optional<IssueReference> findVisible(String issueKey);
}

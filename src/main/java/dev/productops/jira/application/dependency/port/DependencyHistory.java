package dev.productops.jira.application.dependency.port;

import java.time.Instant;
import java.util.List;

/** Who changed what on a dependency's planning attributes, and when: kept for accountability, never edited. */
public interface DependencyHistory {
    /** One changed attribute; values as the API shows them (dates ISO, owner by user key), null when unset. */
    record Change(long linkId, String field, String oldValue, String newValue, String authorKey, Instant at) {
    }

    void record(List<Change> changes);

    /** The changes of one dependency, newest save first; the attributes of one save in the order needed-by, owner, state, note. */
    List<Change> of(long linkId);

    /** Removes the history of a link Jira no longer has. */
    void forget(long linkId);
}

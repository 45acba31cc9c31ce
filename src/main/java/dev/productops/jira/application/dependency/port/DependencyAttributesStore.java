package dev.productops.jira.application.dependency.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where the attribute layer lives, keyed by Jira link id. */
public interface DependencyAttributesStore {
    /** The attributes of these links, in one query per thousand links. */
    Map<Long, DependencyAttributes> forLinks(Collection<Long> linkIds);

    Optional<DependencyAttributes> forLink(long linkId);

    DependencyAttributes save(DependencyAttributes attributes);

    /** Removes the attributes of a link Jira no longer has. */
    void forget(long linkId);
}

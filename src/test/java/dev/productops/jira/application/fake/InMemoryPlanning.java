package dev.productops.jira.application.fake;

import dev.productops.jira.application.dependency.port.DependencyAttributes;
import dev.productops.jira.application.dependency.port.DependencyAttributesStore;
import dev.productops.jira.application.dependency.port.DependencyHistory;
import dev.productops.jira.application.dependency.port.DependencyLinkRule;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plugin's own planning data (link rules, agreed dates and owners, their history), in memory. */
public final class InMemoryPlanning implements DependencyAttributesStore, DependencyLinkRules, DependencyHistory {
    private final Map<Long, DependencyAttributes> attributes = new HashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private List<DependencyLinkRule> rules = DEFAULT;

    @Override
    public Map<Long, DependencyAttributes> forLinks(Collection<Long> linkIds) {
        Map<Long, DependencyAttributes> found = new HashMap<>();
        linkIds.forEach(id -> forLink(id).ifPresent(a -> found.put(id, a)));
        return found;
    }

    @Override
    public Optional<DependencyAttributes> forLink(long linkId) {
        return Optional.ofNullable(attributes.get(linkId));
    }

    @Override
    public DependencyAttributes save(DependencyAttributes saved) {
        attributes.put(saved.linkId(), saved);
        return saved;
    }

    @Override
    public void forget(long linkId) {
        attributes.remove(linkId);
        changes.removeIf(c -> c.linkId() == linkId);
    }

    @Override
    public List<DependencyLinkRule> current() {
        return rules;
    }

    @Override
    public void replace(List<DependencyLinkRule> replacement) {
        rules = List.copyOf(replacement);
    }

    @Override
    public void record(List<Change> recorded) {
        changes.addAll(0, recorded);
    }

    @Override
    public List<Change> of(long linkId) {
        return changes.stream().filter(c -> c.linkId() == linkId).toList();
    }
}

package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.port.DependencyLinkRule;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.domain.insight.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Administrators say which Jira link types mean "must finish before", and from which side. */
public class LinkTypeSettings {
    /** The rules, and the link types this Jira has to choose from. */
    public record LinkTypes(List<DependencyLinkRule> rules, List<DependencySource.LinkTypeInfo> available) {
    }

    private final DependencyLinkRules rules;
    private final DependencySource source;
    private final CurrentViewer viewers;

    public LinkTypeSettings(DependencyLinkRules rules, DependencySource source, CurrentViewer viewers) {
        this.rules = rules;
        this.source = source;
        this.viewers = viewers;
    }

    public LinkTypes current() {
        requireAdministrator();
        return new LinkTypes(rules.current(), source.linkTypes());
    }

    /** @param blockerSides per rule "source" or "destination", in the order of {@code names} */
    public LinkTypes change(List<String> names, List<String> blockerSides) {
        requireAdministrator();
        List<DependencySource.LinkTypeInfo> available = source.linkTypes();
        List<DependencyLinkRule> changed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            DependencySource.LinkTypeInfo type = available.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> InvalidInput.of("dependencyLinkTypes", "No link type is called '" + name + "'."));
            String side = blockerSides.get(i) == null ? "source" : blockerSides.get(i).strip().toLowerCase(Locale.ROOT);
            if (!side.equals("source") && !side.equals("destination")) {
                throw InvalidInput.of("dependencyLinkTypes", "blocker must be source or destination, not '" + side + "'.");
            }
            changed.add(new DependencyLinkRule(type.name(), side.equals("source")));
        }
        if (changed.isEmpty()) {
            throw InvalidInput.of("dependencyLinkTypes", "Choose at least one link type.");
        }
        rules.replace(changed);
        return new LinkTypes(changed, available);
    }

    private void requireAdministrator() {
        if (!viewers.require().administrator()) {
            throw new NotAllowed("Only administrators may change which link types are dependencies.");
        }
    }
}

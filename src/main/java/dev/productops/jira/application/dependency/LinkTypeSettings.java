package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.port.DependencyLinkRule;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;
import dev.productops.jira.application.dependency.port.DependencySource;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.domain.insight.InvalidInput;

import java.util.ArrayList;
import java.util.List;

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

    public LinkTypes change(LinkTypeChange change) {
        requireAdministrator();
        List<DependencySource.LinkTypeInfo> available = source.linkTypes();
        List<DependencyLinkRule> changed = new ArrayList<>();
        for (LinkTypeChange.Rule rule : change.rules()) {
            DependencySource.LinkTypeInfo type = available.stream().filter(t -> t.name().equalsIgnoreCase(rule.linkTypeName()))
                    .findFirst().orElseThrow(() -> InvalidInput.of("dependencyLinkTypes",
                            "No link type is called '" + rule.linkTypeName() + "'."));
            changed.add(new DependencyLinkRule(type.name(), rule.blocker() == LinkTypeChange.Blocker.SOURCE));
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

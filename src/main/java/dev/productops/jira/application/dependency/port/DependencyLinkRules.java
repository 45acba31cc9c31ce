package dev.productops.jira.application.dependency.port;

import java.util.List;

/** Which link types count as dependencies on this Jira (an administrator's setting). */
public interface DependencyLinkRules {
    List<DependencyLinkRule> DEFAULT = List.of(new DependencyLinkRule("Blocks", true));

    List<DependencyLinkRule> current();

    void replace(List<DependencyLinkRule> rules);
}

package dev.productops.jira.adapter.persistence;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.productops.jira.application.dependency.port.DependencyLinkRule;
import dev.productops.jira.application.dependency.port.DependencyLinkRules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dependency link types in Jira's global plugin settings, as lines "name&lt;TAB&gt;source|destination"
 * (which end is the blocker): plain strings, as PluginSettings stores portably.
 */
public class PluginSettingsLinkRules implements DependencyLinkRules {
    static final String KEY = "dev.productops.jira.dependency-link-types";

    private final PluginSettingsFactory settings;

    public PluginSettingsLinkRules(PluginSettingsFactory settings) {
        this.settings = settings;
    }

    @Override
    public List<DependencyLinkRule> current() {
        Object stored = settings.createGlobalSettings().get(KEY);
        if (!(stored instanceof String text) || text.isBlank()) {
            return DEFAULT;
        }
        List<DependencyLinkRule> rules = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                rules.add(new DependencyLinkRule(parts[0], "source".equals(parts[1])));
            }
        }
        return rules.isEmpty() ? DEFAULT : rules;
    }

    @Override
    public void replace(List<DependencyLinkRule> rules) {
        settings.createGlobalSettings().put(KEY, rules.stream()
                .map(r -> r.linkTypeName() + "\t" + (r.sourceIsBlocker() ? "source" : "destination"))
                .collect(Collectors.joining("\n")));
    }
}

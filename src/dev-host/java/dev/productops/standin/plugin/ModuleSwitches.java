package dev.productops.standin.plugin;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of the plugin's modules an administrator disabled, as UPM's module switch does in Jira: a disabled web panel
 * is not rendered. The load test measures the issue view with and without our panel this way.
 */
public final class ModuleSwitches {
    private final Set<String> disabled = ConcurrentHashMap.newKeySet();

    public boolean isEnabled(String moduleKey) {
        return !disabled.contains(moduleKey);
    }

    public void set(String moduleKey, boolean enabled) {
        if (enabled) {
            disabled.remove(moduleKey);
        } else {
            disabled.add(moduleKey);
        }
    }
}

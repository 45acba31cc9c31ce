package dev.productops.standin.host;

/**
 * Where the stand-in keeps SAL's global plugin settings: string values by key. Jira keeps them in its database
 * ({@code propertyentry}), so every node of a cluster reads what any node wrote.
 */
public interface PluginSettingsStore {
    String get(String key);

    /** Sets the value, or removes the key when {@code value} is null; returns the previous value. */
    String put(String key, String value);
}

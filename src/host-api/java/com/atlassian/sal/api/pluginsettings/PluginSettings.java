package com.atlassian.sal.api.pluginsettings;

/** Declaration of the host type (SAL 5.x). Never packaged. */
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}

package com.atlassian.sal.api.pluginsettings;

/** Declaration of the host type (SAL 5.x); only the methods this app calls. Never packaged. */
public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings();
}

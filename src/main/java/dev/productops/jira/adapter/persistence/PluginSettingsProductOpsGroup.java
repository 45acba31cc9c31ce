package dev.productops.jira.adapter.persistence;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.productops.jira.application.port.ProductOpsGroupSetting;

/** The product-ops group name in Jira's global plugin settings (shared by all cluster nodes through the database). */
public class PluginSettingsProductOpsGroup implements ProductOpsGroupSetting {
    static final String KEY = "dev.productops.jira.product-ops-group";

    private final PluginSettingsFactory settings;

    public PluginSettingsProductOpsGroup(PluginSettingsFactory settings) {
        this.settings = settings;
    }

    @Override
    public String groupName() {
        Object value = settings.createGlobalSettings().get(KEY);
        return value instanceof String && !((String) value).isBlank() ? (String) value : DEFAULT_GROUP;
    }

    @Override
    public void changeTo(String groupName) {
        settings.createGlobalSettings().put(KEY, groupName);
    }
}

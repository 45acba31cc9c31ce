package dev.productops.standin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.productops.standin.osgi.PluginBundle;
import dev.productops.standin.plugin.PluginDescriptor;
import net.java.ao.RawEntity;

import java.util.Comparator;
import java.util.List;

/**
 * What Jira's AO plugin does when a plugin starts: run the {@code <upgradeTask>}s newer than the stored model
 * version (in model-version order, each recorded once done), then migrate the {@code <entity>} schema.
 */
public final class ActiveObjectsModel {
    private final PluginDescriptor.AoModule module;
    private final PluginBundle plugin;
    private final PluginSettingsFactory settings;

    public ActiveObjectsModel(PluginDescriptor.AoModule module, PluginBundle plugin, PluginSettingsFactory settings) {
        this.module = module;
        this.plugin = plugin;
        this.settings = settings;
    }

    /** Where the AO plugin keeps a namespace's model version: "AO_" + hash + "_#" in the global settings. */
    String versionKey() {
        return AtlassianNaming.tablePrefix(module.namespace()) + "_#";
    }

    @SafeVarargs
    public final void upgradeAndMigrate(ActiveObjects ao, Class<? extends RawEntity<?>>... entities) {
        PluginSettings global = settings.createGlobalSettings();
        Object stored = global.get(versionKey());
        ModelVersion current = ModelVersion.valueOf(stored == null ? null : stored.toString());
        List<ActiveObjectsUpgradeTask> tasks = module.upgradeTasks().stream()
                .map(name -> plugin.createModule(name, ActiveObjectsUpgradeTask.class))
                .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion))
                .toList();
        for (ActiveObjectsUpgradeTask task : tasks) {
            if (task.getModelVersion().isNewerThan(current)) {
                task.upgrade(current, ao);
                current = task.getModelVersion();
                global.put(versionKey(), current.toString());
            }
        }
        ao.migrate(entities);
    }
}

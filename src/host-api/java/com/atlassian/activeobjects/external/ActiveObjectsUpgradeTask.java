package com.atlassian.activeobjects.external;

/** Declaration of the host type; implemented by the app, so declared in full. Never packaged. */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}

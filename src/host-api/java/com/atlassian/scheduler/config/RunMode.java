package com.atlassian.scheduler.config;

/** Declaration of the host type (atlassian-scheduler-api 4.1.0). Never packaged. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}

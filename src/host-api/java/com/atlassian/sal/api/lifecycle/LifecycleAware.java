package com.atlassian.sal.api.lifecycle;

/** Declaration of the host type (SAL 3+), complete: the app implements it. Never packaged. */
public interface LifecycleAware {
    void onStart();

    void onStop();
}

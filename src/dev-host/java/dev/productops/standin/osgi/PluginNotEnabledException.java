package dev.productops.standin.osgi;

/**
 * The plugin installed but did not enable: an import that nothing exports, a Spring context that failed, a host service
 * that never appeared. The message is what Jira's log would say about it.
 */
public final class PluginNotEnabledException extends Exception {
    public PluginNotEnabledException(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.atlassian.plugin;

/** Declaration of the host type (atlassian-plugins-api 7.x). Never packaged. */
public class PluginException extends RuntimeException {
    public PluginException() {
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}

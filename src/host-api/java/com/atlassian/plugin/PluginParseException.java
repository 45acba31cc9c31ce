package com.atlassian.plugin;

/** Declaration of the host type (atlassian-plugins-api 7.x). Never packaged. */
public class PluginParseException extends PluginException {
    public PluginParseException() {
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}

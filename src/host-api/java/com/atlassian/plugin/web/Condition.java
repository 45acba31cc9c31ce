package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.api.baseconditions.BaseCondition;

import java.util.Map;

/** Declaration of the host type (webfragment-api 6.x); implemented by the app, so declared in full. Never packaged. */
public interface Condition extends BaseCondition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}

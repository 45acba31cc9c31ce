package com.atlassian.plugin.web.api.baseconditions;

/** Declaration of the host marker type (webfragment-api 7.x, Platform 7 package). Never packaged. */
public interface BaseCondition {
}

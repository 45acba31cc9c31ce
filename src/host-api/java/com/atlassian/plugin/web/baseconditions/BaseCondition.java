package com.atlassian.plugin.web.baseconditions;

/** Declaration of the host marker type (webfragment-api 6.x). Never packaged. */
public interface BaseCondition {
}

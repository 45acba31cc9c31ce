package com.atlassian.jira.util;

import java.util.Set;

/** Declaration of the host type (jira-api); only the methods this app calls. Never packaged. */
public interface MessageSet {
    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}

package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Declaration of the host type (class, jira-api). Object-typed constants are read with getstatic at
 * runtime, so Jira's own instances are used there. Never packaged.
 */
public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey LINK_ISSUES = new ProjectPermissionKey("LINK_ISSUES");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

    /** Only constants are used; a public constructor would be a member nobody checked. */
    private ProjectPermissions() {
    }
}

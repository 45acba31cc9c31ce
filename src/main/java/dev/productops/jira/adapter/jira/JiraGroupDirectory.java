package dev.productops.jira.adapter.jira;

import com.atlassian.jira.security.groups.GroupManager;
import dev.productops.jira.application.port.JiraGroups;

/** Jira's groups, through its GroupManager. */
public class JiraGroupDirectory implements JiraGroups {
    private final GroupManager groups;

    public JiraGroupDirectory(GroupManager groups) {
        this.groups = groups;
    }

    @Override
    public boolean exists(String groupName) {
        return groups.groupExists(groupName);
    }
}

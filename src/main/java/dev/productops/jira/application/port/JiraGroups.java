package dev.productops.jira.application.port;

/** The groups Jira knows, so a setting never names one that does not exist. */
public interface JiraGroups {
    boolean exists(String groupName);
}

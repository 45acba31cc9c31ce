package dev.productops.jira.application.port;

/** An issue the current viewer is allowed to see: storage refers to it by id, people and the API by key. */
public record IssueReference(long id, String key, String projectKey, String summary) {
}

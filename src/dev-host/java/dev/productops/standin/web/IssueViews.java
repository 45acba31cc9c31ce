package dev.productops.standin.web;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An issue as the stand-in's page templates show it: Strings only, formatted here rather than in Velocity. */
final class IssueViews {
    private IssueViews() {
    }

    static Map<String, Object> describe(HostIssue issue, HostData data) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("key", issue.key());
        view.put("summary", issue.summary());
        view.put("description", issue.description() == null ? "" : issue.description());
        view.put("type", issue.issueType());
        view.put("priority", issue.priority());
        view.put("status", issue.statusName());
        view.put("statusCategory", issue.statusCategory().key());
        data.project(issue.projectId()).ifPresent(p -> {
            view.put("projectKey", p.key());
            view.put("projectName", p.name());
        });
        view.put("assignee", issue.assigneeUsername() == null ? "Unassigned"
                : data.user(issue.assigneeUsername()).map(u -> u.displayName()).orElse(issue.assigneeUsername()));
        view.put("dueDate", issue.dueDate() == null ? "None" : issue.dueDate().toString());
        view.put("fixVersions", issue.fixVersionIds().isEmpty() ? "None" : issue.fixVersionIds().stream()
                .flatMap(id -> data.version(id).stream()).map(v -> v.name()).collect(Collectors.joining(", ")));
        return view;
    }
}

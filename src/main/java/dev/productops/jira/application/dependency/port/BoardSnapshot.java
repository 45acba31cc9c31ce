package dev.productops.jira.application.dependency.port;

import java.util.List;

/** What Jira holds for a board: the visible issues of its projects (and visible ends outside them) and their dependencies. */
public record BoardSnapshot(List<BoardIssue> issues, List<BoardLink> links) {
    public BoardSnapshot {
        issues = List.copyOf(issues);
        links = List.copyOf(links);
    }
}

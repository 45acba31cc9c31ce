package dev.productops.jira.application.dependency.port;

import java.util.List;

/**
 * What Jira holds for a board: the visible issues of its projects (and visible ends outside them), their
 * dependencies, and the projects of those outside ends with their versions, so that other teams' issues are
 * planned by their own sprints and releases.
 */
public record BoardSnapshot(List<BoardIssue> issues, List<BoardLink> links, List<BoardProject> otherProjects) {
    public BoardSnapshot {
        issues = List.copyOf(issues);
        links = List.copyOf(links);
        otherProjects = List.copyOf(otherProjects);
    }

    public BoardSnapshot(List<BoardIssue> issues, List<BoardLink> links) {
        this(issues, links, List.of());
    }
}

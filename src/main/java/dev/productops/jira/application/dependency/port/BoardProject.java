package dev.productops.jira.application.dependency.port;

import java.util.List;

/** A project (team) on the board, with its fix versions (the board's sprints/releases), oldest first. */
public record BoardProject(long id, String key, String name, List<BoardVersion> versions) {
    public BoardProject {
        versions = List.copyOf(versions);
    }
}

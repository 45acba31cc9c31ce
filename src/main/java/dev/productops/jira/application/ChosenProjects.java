package dev.productops.jira.application;

import dev.productops.jira.application.problem.InvalidQuery;
import dev.productops.jira.domain.ProjectKey;

import java.util.LinkedHashSet;
import java.util.List;

/** The teams a board or a metric is about, each once, in the order chosen. */
public record ChosenProjects(List<ProjectKey> keys) {
    /** More teams than this on one board or metric is no longer one planning conversation. */
    public static final int MAX = 20;

    public ChosenProjects {
        keys = List.copyOf(new LinkedHashSet<>(keys));
        if (keys.size() > MAX) {
            throw new InvalidQuery(InvalidQuery.Part.PROJECTS, "At most " + MAX + " projects at once (" + keys.size() + " given).");
        }
    }

    public static ChosenProjects none() {
        return new ChosenProjects(List.of());
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public void requireSome() {
        if (keys.isEmpty()) {
            throw new InvalidQuery(InvalidQuery.Part.PROJECTS, "Choose at least one project.");
        }
    }
}

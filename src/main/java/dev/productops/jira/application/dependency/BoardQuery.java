package dev.productops.jira.application.dependency;

import dev.productops.jira.application.ChosenProjects;
import dev.productops.jira.application.problem.InvalidQuery;

import java.time.LocalDate;

/**
 * A dependency board as someone asked for it: the teams, how time is laid out, and optionally only the columns that
 * overlap some days (either end may be open).
 */
public record BoardQuery(ChosenProjects projects, Layout layout, LocalDate from, LocalDate to, BoardFilter filter) {
    /** Columns by sprint (versions sharing dates across teams), by version, or by the month of the due date. */
    public enum Layout { SPRINT, VERSION, MONTH }

    public BoardQuery(ChosenProjects projects, Layout layout, LocalDate from, LocalDate to) {
        this(projects, layout, from, to, BoardFilter.NONE);
    }

    public BoardQuery {
        projects.requireSome();
        filter = filter == null ? BoardFilter.NONE : filter;
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidQuery(InvalidQuery.Part.PERIOD, "The period must not end before it starts.");
        }
    }
}

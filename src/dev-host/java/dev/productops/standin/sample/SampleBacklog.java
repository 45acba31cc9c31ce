package dev.productops.standin.sample;

import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostVersion;
import dev.productops.standin.store.StatusCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes one team's issues: numbered from 1, spread over its three sprints and the backlog. */
final class SampleBacklog {

    private static final Map<String, List<String>> SUMMARY_TEMPLATES = Map.of(
            "Story", List.of("Support %s in %s", "Add %s to %s", "Show %s in %s", "Improve %s in %s"),
            "Bug", List.of("Error when using %s in %s", "Timeouts with %s in %s", "Broken layout for %s in %s",
                    "Missing translations for %s in %s", "Slow responses for %s in %s"),
            "Task", List.of("Add monitoring for %s in %s", "Write a runbook for %s in %s",
                    "Upgrade the libraries behind %s in %s", "Load-test %s in %s"),
            "Epic", List.of("Rework %s in %s", "Launch %s in %s"));
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Story", "As a customer I want %s in %s.%n%nAcceptance criteria are in the refinement notes.",
            "Bug", "Steps to reproduce:%n1. Open %2$s%n2. Use %1$s%n%nExpected: it works. Actual: it does not.",
            "Task", "Operational work for %s in %s. Link the change request when done.",
            "Epic", "Groups the stories needed for %s in %s.");
    private static final Map<String, StatusCategory> STATUSES = Map.of(
            "To Do", StatusCategory.TO_DO,
            "In Progress", StatusCategory.IN_PROGRESS,
            "In Review", StatusCategory.IN_PROGRESS,
            "Done", StatusCategory.DONE);
    private static final int STALE_PERCENT = 20;

    private final SampleTeam team;
    private final HostProject project;
    private final List<HostVersion> sprints;
    private final LocalDate today;
    private final Random random;

    /** @param sprints the team's versions in {@link SprintSlot} order */
    SampleBacklog(SampleTeam team, HostProject project, List<HostVersion> sprints, LocalDate today, Random random) {
        this.team = team;
        this.project = project;
        this.sprints = sprints;
        this.today = today;
        this.random = random;
    }

    List<HostIssue> write(long firstId) {
        int count = 44 + random.nextInt(13);
        List<HostIssue> issues = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            issues.add(issue(firstId + number - 1, team.key() + "-" + number));
        }
        return issues;
    }

    private HostIssue issue(long id, String key) {
        String type = weighted(List.of("Story", "Bug", "Task", "Epic"), 45, 25, 22, 8);
        String feature = oneOf(team.features());
        String area = oneOf(team.areas());
        String summary = capitalised(String.format(oneOf(SUMMARY_TEMPLATES.get(type)), feature, area));
        String description = random.nextInt(10) == 0 ? null : String.format(DESCRIPTIONS.get(type), feature, area);
        String priority = weighted(List.of("Highest", "High", "Medium", "Low", "Lowest"), 5, 20, 50, 20, 5);
        SprintSlot sprint = "Epic".equals(type) ? null : weighted(
                Arrays.asList(SprintSlot.PREVIOUS, SprintSlot.CURRENT, SprintSlot.NEXT, null), 30, 35, 20, 15);
        String status = status(sprint);
        LocalDate due = random.nextInt(100) < 85 ? dueDate(sprint) : null;

        LandmarkIssue landmark = LandmarkIssue.BY_KEY.get(key);
        if (landmark != null) {
            type = landmark.issueType();
            summary = landmark.summary();
            description = "Planned across teams: check the linked issues before committing to a date.";
            sprint = landmark.sprint();
            status = landmark.statusName();
            due = landmark.dueInDays() == null ? null : today.plusDays(landmark.dueInDays());
        }
        StatusCategory category = STATUSES.get(status);
        String assignee = random.nextInt(100) < (category == StatusCategory.TO_DO ? 25 : 5) ? null : oneOf(team.members());
        IssueTimes times = category == StatusCategory.DONE ? resolvedTimes(sprint) : openTimes();
        List<Long> fixVersions = sprint == null ? List.of() : List.of(sprints.get(sprint.ordinal()).id());
        return new HostIssue(id, key, project.id(), summary, description, type, priority, status, category, assignee,
                oneOf(team.members()), due, times.created(), times.updated(), times.resolved(), fixVersions);
    }

    private String status(SprintSlot sprint) {
        List<String> statuses = List.of("To Do", "In Progress", "In Review", "Done");
        if (sprint == null) {
            return weighted(statuses, 92, 8, 0, 0);
        }
        return switch (sprint) {
            case PREVIOUS -> weighted(statuses, 0, 10, 5, 85);
            case CURRENT -> weighted(statuses, 30, 30, 15, 25);
            case NEXT -> weighted(statuses, 90, 10, 0, 0);
        };
    }

    private LocalDate dueDate(SprintSlot sprint) {
        if (sprint == null) {
            return today.plusDays(14 + random.nextInt(50));
        }
        return sprint.release(today).minusDays(random.nextInt(5));
    }

    private record IssueTimes(Instant created, Instant updated, Instant resolved) {
    }

    private IssueTimes resolvedTimes(SprintSlot sprint) {
        LocalDate from = sprint.start(today);
        LocalDate to = sprint.release(today).isBefore(today) ? sprint.release(today) : today;
        Instant resolved = at(from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1)));
        Instant created = resolved.minus(3 + random.nextInt(50), ChronoUnit.DAYS).minus(random.nextInt(600),
                ChronoUnit.MINUTES);
        Instant updated = resolved.plus(random.nextInt(4) == 0 ? random.nextInt(120) : 0, ChronoUnit.MINUTES);
        return new IssueTimes(created, updated, resolved);
    }

    private IssueTimes openTimes() {
        LocalDate createdDay = today.minusDays(3 + random.nextInt(110));
        LocalDate updatedDay = random.nextInt(100) < STALE_PERCENT
                ? today.minusDays(30 + random.nextInt(45))
                : today.minusDays(random.nextInt(10));
        if (updatedDay.isBefore(createdDay)) {
            createdDay = updatedDay.minusDays(random.nextInt(20));
        }
        Instant created = at(createdDay);
        Instant updated = at(updatedDay);
        return new IssueTimes(created, updated.isBefore(created) ? created : updated, null);
    }

    /** A moment during office hours (UTC) of the given day. */
    private Instant at(LocalDate day) {
        return day.atTime(8, 0).plusMinutes(random.nextInt(10 * 60)).plusSeconds(random.nextInt(60))
                .toInstant(ZoneOffset.UTC);
    }

    private String oneOf(List<String> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T weighted(List<T> items, int... weights) {
        int total = Arrays.stream(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException("weights do not cover the roll");
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

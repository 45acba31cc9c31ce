package dev.productops.standin.host;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/** A stand-in issue as Jira's Issue, reading related objects from the stand-in's data. */
record StandInIssue(HostIssue issue, HostData data) implements MutableIssue {
    @Override
    public Long getId() {
        return issue.id();
    }

    @Override
    public String getKey() {
        return issue.key();
    }

    @Override
    public String getSummary() {
        return issue.summary();
    }

    @Override
    public Project getProjectObject() {
        return data.project(issue.projectId()).map(StandInProject::new).orElse(null);
    }

    @Override
    public Long getProjectId() {
        return issue.projectId();
    }

    @Override
    public Status getStatus() {
        return new StandInStatus(issue.statusName(), issue.statusCategory());
    }

    @Override
    public ApplicationUser getAssignee() {
        return issue.assigneeUsername() == null ? null : data.user(issue.assigneeUsername()).map(StandInUser::new).orElse(null);
    }

    @Override
    public Timestamp getDueDate() {
        LocalDate due = issue.dueDate();
        return due == null ? null : Timestamp.valueOf(due.atStartOfDay());
    }

    @Override
    public Timestamp getCreated() {
        return timestamp(issue.created());
    }

    @Override
    public Timestamp getUpdated() {
        return timestamp(issue.updated());
    }

    @Override
    public Timestamp getResolutionDate() {
        return timestamp(issue.resolutionDate());
    }

    @Override
    public Collection<Version> getFixVersions() {
        return issue.fixVersionIds().stream()
                .flatMap(id -> data.version(id).stream())
                .<Version>map(StandInVersion::new)
                .toList();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

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
import java.util.List;

/** A stand-in issue as Jira's Issue, reading related objects from the stand-in's data. */
/**
 * An issue as the plugin gets it. {@code readsOnDemand}: read by id (Jira's {@code IssueImpl}), whose fix versions Jira
 * reads from the database when asked, one issue at a time, so each ask is charged; null for an issue from a search
 * (Jira's {@code DocumentIssue}), whose index document holds them.
 */
record StandInIssue(HostIssue issue, HostData data, JiraCalls readsOnDemand) implements MutableIssue {
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
        List<Version> versions = issue.fixVersionIds().stream()
                .flatMap(id -> data.version(id).stream())
                .<Version>map(StandInVersion::new)
                .toList();
        if (readsOnDemand != null) {
            readsOnDemand.record("Issue.getFixVersions", versions.size());
        }
        return versions;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

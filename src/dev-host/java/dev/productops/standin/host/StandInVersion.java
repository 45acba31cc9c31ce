package dev.productops.standin.host;

import com.atlassian.jira.project.version.Version;
import dev.productops.standin.store.HostVersion;

import java.sql.Date;

record StandInVersion(HostVersion version) implements Version {
    @Override
    public Long getId() {
        return version.id();
    }

    @Override
    public String getName() {
        return version.name();
    }

    @Override
    public Long getProjectId() {
        return version.projectId();
    }

    @Override
    public boolean isReleased() {
        return version.released();
    }

    @Override
    public java.util.Date getReleaseDate() {
        return version.releaseDate() == null ? null : Date.valueOf(version.releaseDate());
    }

    @Override
    public java.util.Date getStartDate() {
        return version.startDate() == null ? null : Date.valueOf(version.startDate());
    }
}

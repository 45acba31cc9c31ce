package dev.productops.standin.host;

import com.atlassian.jira.project.Project;
import dev.productops.standin.store.HostProject;

record StandInProject(HostProject project) implements Project {
    @Override
    public Long getId() {
        return project.id();
    }

    @Override
    public String getKey() {
        return project.key();
    }

    @Override
    public String getName() {
        return project.name();
    }
}

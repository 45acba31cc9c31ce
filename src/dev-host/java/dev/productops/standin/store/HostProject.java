package dev.productops.standin.store;

import java.util.Objects;

/** A Jira project; in the sample organisation each project stands for one team. */
public record HostProject(long id, String key, String name, String leadUsername) {

    public HostProject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}

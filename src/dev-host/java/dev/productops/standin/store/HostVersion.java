package dev.productops.standin.store;

import java.time.LocalDate;
import java.util.Objects;

/** A fix version of a project. The stand-in models sprints as fix versions, so most have dates. */
public record HostVersion(long id, long projectId, String name, LocalDate startDate, LocalDate releaseDate,
                          boolean released) {

    public HostVersion {
        Objects.requireNonNull(name, "name");
    }
}

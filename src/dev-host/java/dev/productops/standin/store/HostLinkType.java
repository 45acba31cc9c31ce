package dev.productops.standin.store;

import java.util.Objects;

/** An issue link type: the outward phrase reads from the source issue, the inward one from the destination. */
public record HostLinkType(long id, String name, String outward, String inward) {

    public HostLinkType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outward, "outward");
        Objects.requireNonNull(inward, "inward");
    }
}

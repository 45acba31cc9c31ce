package dev.productops.standin.host;

import dev.productops.standin.store.HostUser;

import java.util.Optional;
import java.util.function.Supplier;

/** Who the current request belongs to, as Jira's authentication context would know it. */
public final class SignedInUser {
    private static final ThreadLocal<HostUser> CURRENT = new ThreadLocal<>();

    private SignedInUser() {
    }

    public static Optional<HostUser> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void set(HostUser user) {
        if (user == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(user);
        }
    }

    /** Runs work as the given user (null: anonymous), restoring whoever was signed in before. */
    public static <T> T as(HostUser user, Supplier<T> work) {
        HostUser before = CURRENT.get();
        set(user);
        try {
            return work.get();
        } finally {
            set(before);
        }
    }
}

package dev.productops.standin.host;

import com.atlassian.jira.user.ApplicationUser;
import dev.productops.standin.store.HostUser;

/** A stand-in user as Jira's ApplicationUser. */
record StandInUser(HostUser user) implements ApplicationUser {
    @Override
    public Long getId() {
        return user.id();
    }

    @Override
    public String getKey() {
        return user.key();
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public String getDisplayName() {
        return user.displayName();
    }

    @Override
    public String getEmailAddress() {
        return user.email();
    }

    @Override
    public boolean isActive() {
        return true;
    }
}

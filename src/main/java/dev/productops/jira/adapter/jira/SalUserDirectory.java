package dev.productops.jira.adapter.jira;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.productops.jira.application.port.UserDirectory;

import java.util.Optional;

/** Users as SAL knows them (Jira's user directory, cached by Jira). */
public class SalUserDirectory implements UserDirectory {
    private final UserManager users;

    public SalUserDirectory(UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<String> keyOf(String username) {
        UserProfile profile = username == null || username.isBlank() ? null : users.getUserProfile(username.strip());
        return profile == null ? Optional.empty() : Optional.of(profile.getUserKey().getStringValue());
    }

    @Override
    public Optional<String> usernameOf(String userKey) {
        UserProfile profile = userKey == null ? null : users.getUserProfile(new UserKey(userKey));
        return profile == null ? Optional.empty() : Optional.of(profile.getUsername());
    }
}

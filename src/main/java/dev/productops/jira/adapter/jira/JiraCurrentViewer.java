package dev.productops.jira.adapter.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.ProductOpsGroupSetting;
import dev.productops.jira.application.port.Viewer;

import java.util.Optional;

/** The logged-in Jira user, with their administrator and product-ops group membership as Jira knows it. */
public class JiraCurrentViewer implements CurrentViewer {
    private final JiraAuthenticationContext authenticationContext;
    private final UserManager userManager;
    private final ProductOpsGroupSetting productOpsGroup;

    public JiraCurrentViewer(JiraAuthenticationContext authenticationContext, UserManager userManager,
                             ProductOpsGroupSetting productOpsGroup) {
        this.authenticationContext = authenticationContext;
        this.userManager = userManager;
        this.productOpsGroup = productOpsGroup;
    }

    @Override
    public Optional<Viewer> current() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null) {
            return Optional.empty();
        }
        UserKey key = new UserKey(user.getKey());
        boolean administrator = userManager.isAdmin(key);
        boolean curator = administrator || userManager.isUserInGroup(key, productOpsGroup.groupName());
        return Optional.of(new Viewer(user.getKey(), user.getUsername(), user.getDisplayName(), administrator, curator));
    }

    @Override
    public String displayName(String userKey) {
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        return profile == null ? userKey : profile.getFullName();
    }
}

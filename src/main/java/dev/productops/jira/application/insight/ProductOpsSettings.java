package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.JiraGroups;
import dev.productops.jira.application.port.ProductOpsGroupSetting;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.domain.insight.InvalidInput;

/** Which Jira group curates insights and customers. Administrators only. */
public class ProductOpsSettings {
    private final ProductOpsGroupSetting group;
    private final CurrentViewer viewers;
    private final JiraGroups jiraGroups;

    public ProductOpsSettings(ProductOpsGroupSetting group, CurrentViewer viewers, JiraGroups jiraGroups) {
        this.group = group;
        this.viewers = viewers;
        this.jiraGroups = jiraGroups;
    }

    public String productOpsGroup() {
        requireAdministrator();
        return group.groupName();
    }

    public GroupName changeProductOpsGroup(GroupName groupName) {
        requireAdministrator();
        String clean = groupName.value();
        // A group nobody can be in would silently take every curator's rights away (adversary F9).
        if (!jiraGroups.exists(clean)) {
            throw InvalidInput.of("group", "Jira has no group '" + clean + "'.");
        }
        group.changeTo(clean);
        return groupName;
    }

    private void requireAdministrator() {
        if (!viewers.require().administrator()) {
            throw new NotAllowed("Only administrators may change Product Ops settings.");
        }
    }
}

package dev.productops.jira.application.port;

/** The name of the Jira group whose members curate insights and customers. */
public interface ProductOpsGroupSetting {
    String DEFAULT_GROUP = "product-ops";

    String groupName();

    void changeTo(String groupName);
}

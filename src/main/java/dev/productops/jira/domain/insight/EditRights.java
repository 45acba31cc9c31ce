package dev.productops.jira.domain.insight;

/**
 * Who may change what. Anyone logged in reads and captures insights; an insight is edited or deleted by its
 * author, the product-ops group or an administrator; customers are shared records, edited by the group and
 * administrators only (creating one is open to everyone who captures evidence).
 */
public final class EditRights {
    private EditRights() {
    }

    public static boolean canEdit(Insight insight, String viewerKey, boolean productOpsOrAdmin) {
        return productOpsOrAdmin || (viewerKey != null && viewerKey.equals(insight.authorKey()));
    }

    public static boolean canEditCustomers(boolean productOpsOrAdmin) {
        return productOpsOrAdmin;
    }
}

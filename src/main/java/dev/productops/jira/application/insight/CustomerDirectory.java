package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.port.Viewer;
import dev.productops.jira.application.problem.AlreadyExists;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.EditRights;

/** The customers whose voices insights carry. Names are unique, ignoring case. */
public class CustomerDirectory {
    public static final String CUSTOMER_NOT_FOUND = "Customer does not exist.";

    private final CustomerStore store;
    private final CurrentViewer viewers;
    private final Transactions transactions;

    public CustomerDirectory(CustomerStore store, CurrentViewer viewers, Transactions transactions) {
        this.store = store;
        this.viewers = viewers;
        this.transactions = transactions;
    }

    public Customer add(CustomerDetails details) {
        viewers.require();
        return transactions.inTransaction(() -> {
            requireNameFree(details, null);
            return store.add(details);
        });
    }

    public Customer get(int id) {
        viewers.require();
        return store.find(id).orElseThrow(() -> new NotFound(CUSTOMER_NOT_FOUND));
    }

    public Customer edit(int id, CustomerDetails details) {
        Viewer viewer = viewers.require();
        store.find(id).orElseThrow(() -> new NotFound(CUSTOMER_NOT_FOUND));
        if (!EditRights.canEditCustomers(viewer.productOpsOrAdmin())) {
            throw new NotAllowed("Only the product-ops group and administrators may change customers.");
        }
        return transactions.inTransaction(() -> {
            requireNameFree(details, id);
            return store.replace(id, details);
        });
    }

    public Page<Customer> search(String nameContains, int startAt, int maxResults) {
        viewers.require();
        String text = nameContains == null ? "" : nameContains.strip();
        return store.search(text, Math.max(0, startAt), InsightCatalogue.clampPage(maxResults));
    }

    private void requireNameFree(CustomerDetails details, Integer exceptId) {
        store.findNamed(details.name())
                .filter(existing -> exceptId == null || existing.id() != exceptId)
                .ifPresent(existing -> {
                    throw new AlreadyExists("A customer named '" + existing.name() + "' already exists.");
                });
    }
}

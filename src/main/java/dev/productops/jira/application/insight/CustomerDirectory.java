package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.application.port.InsightStore;
import dev.productops.jira.application.port.ScoreSettings;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.port.Viewer;
import dev.productops.jira.application.problem.AlreadyExists;
import dev.productops.jira.application.problem.ConcurrentChange;
import dev.productops.jira.application.problem.NoExchangeRate;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.EditRights;
import dev.productops.jira.domain.insight.ExchangeRates;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightFingerprint;
import dev.productops.jira.domain.insight.InsightOrder;
import dev.productops.jira.domain.insight.InsightSearch;
import dev.productops.jira.domain.insight.InvalidInput;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The customers whose voices insights carry. Names are unique, ignoring case. */
public class CustomerDirectory {
    public static final String CUSTOMER_NOT_FOUND = "Customer does not exist.";
    private static final String ONLY_PRODUCT_OPS = "Only the product-ops group and administrators may change customers.";

    private final CustomerStore store;
    private final InsightStore insights;
    private final CurrentViewer viewers;
    private final Transactions transactions;
    private final Clock clock;
    private final ScoreSettings money;
    private final SegmentSettings segments;

    public CustomerDirectory(CustomerStore store, InsightStore insights, CurrentViewer viewers, Transactions transactions,
                             Clock clock, ScoreSettings money, SegmentSettings segments) {
        this.money = money;
        this.segments = segments;
        this.store = store;
        this.insights = insights;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Customer add(CustomerDetails details) {
        viewers.require();
        requireRate(details);
        CustomerDetails listed = details.inSegment(segments.listed(details.segment()));
        return transactions.inTransaction(() -> {
            requireNameFree(listed, null);
            return store.add(listed);
        });
    }

    public CustomerEntry get(int id) {
        viewers.require();
        Customer customer = existing(id);
        return new CustomerEntry(customer, insights.countByCustomer(List.of(id)).getOrDefault(id, 0));
    }

    public Customer edit(int id, CustomerDetails details) {
        Viewer viewer = viewers.require();
        existing(id);
        requireEditor(viewer);
        requireRate(details);
        CustomerDetails listed = details.inSegment(segments.listed(details.segment()));
        return transactions.inTransaction(() -> {
            requireNameFree(listed, id);
            return store.replace(id, listed);
        });
    }

    /**
     * Deletes the customer. Its insights stay, as evidence without a customer (each edited: a newer version), so
     * nobody's quote disappears with a customer record; the page asks first, naming how many insights that is.
     */
    public void delete(int id) {
        Viewer viewer = viewers.require();
        existing(id);
        requireEditor(viewer);
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            moveInsights(id, null, now);
            store.remove(id);
            return null;
        });
    }

    /**
     * Folds a duplicate into the customer it duplicates (two spellings from an import): the duplicate's insights
     * name {@code intoId} from now on and the duplicate is deleted. Nothing changes if either is missing.
     */
    public CustomerEntry merge(int id, Integer intoId) {
        Viewer viewer = viewers.require();
        existing(id);
        requireEditor(viewer);
        if (intoId == null) {
            throw InvalidInput.of("into", "The customer that stays is required.");
        }
        if (intoId == id) {
            throw InvalidInput.of("into", "A customer cannot be merged into itself.");
        }
        if (store.find(intoId).isEmpty()) {
            throw InvalidInput.of("into", "No customer has the id " + intoId + ".");
        }
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            moveInsights(id, intoId, now);
            store.remove(id);
            return null;
        });
        return get(intoId);
    }

    /** Whether the viewer may edit, delete and merge customers: the page offers only what will be allowed. */
    public boolean viewerMayEdit() {
        return viewers.current().map(viewer -> EditRights.canEditCustomers(viewer.productOpsOrAdmin())).orElse(false);
    }

    public Page<CustomerEntry> search(CustomerQuery query) {
        viewers.require();
        Page<Customer> page = store.search(query.nameContains(), query.startAt(), query.maxResults());
        Map<Integer, Integer> counts = insights.countByCustomer(page.values().stream().map(Customer::id).toList());
        return new Page<>(page.startAt(), page.maxResults(), page.total(), page.values().stream()
                .map(customer -> new CustomerEntry(customer, counts.getOrDefault(customer.id(), 0))).toList());
    }

    /**
     * Re-points every insight of one customer, as an edit of each (version and fingerprint follow), so an edit
     * opened before the move is refused as stale instead of putting the old customer back.
     */
    private void moveInsights(int fromId, Integer toId, Instant now) {
        InsightSearch ofCustomer = new InsightSearch(List.of(), null, fromId, null, null, null, InsightOrder.NEWEST);
        List<Insight> batch;
        while (!(batch = insights.search(ofCustomer, 0, InsightCatalogue.MAX_PAGE).values()).isEmpty()) {
            for (Insight insight : batch) {
                InsightContent old = insight.content();
                InsightContent moved = new InsightContent(old.title(), old.quote(), old.source(), old.sourceUrl(), toId,
                        old.capturedOn(), old.tags());
                insights.replace(insight.id(), insight.version(), moved, InsightFingerprint.of(moved), now)
                        .orElseThrow(() -> new ConcurrentChange("An insight of this customer changed meanwhile. Try again."));
            }
        }
    }

    private static void requireEditor(Viewer viewer) {
        if (!EditRights.canEditCustomers(viewer.productOpsOrAdmin())) {
            throw new NotAllowed(ONLY_PRODUCT_OPS);
        }
    }

    private Customer existing(int id) {
        return store.find(id).orElseThrow(() -> new NotFound(CUSTOMER_NOT_FOUND));
    }

    private void requireNameFree(CustomerDetails details, Integer exceptId) {
        store.findNamed(details.name())
                .filter(existing -> exceptId == null || existing.id() != exceptId)
                .ifPresent(existing -> {
                    throw new AlreadyExists("A customer named '" + existing.name() + "' already exists.");
                });
    }

    /** ARR is summed in the base currency, so a customer's currency needs a rate first. */
    private void requireRate(CustomerDetails details) {
        ExchangeRates rates = money.rates();
        if (!rates.knows(details.currency())) {
            throw new NoExchangeRate(rates.missingRate(details.currency()));
        }
    }
}

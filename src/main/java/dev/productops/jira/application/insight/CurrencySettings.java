package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.application.port.ScoreSettings;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.StillInUse;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.ExchangeRates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The base currency and exchange rates: everyone may read them (amounts are shown in them), administrators set them. */
public class CurrencySettings {
    static final int NAMED_AT_MOST = 10;

    private final ScoreSettings settings;
    private final CustomerStore customers;
    private final CurrentViewer viewers;
    private final Transactions transactions;

    public CurrencySettings(ScoreSettings settings, CustomerStore customers, CurrentViewer viewers, Transactions transactions) {
        this.settings = settings;
        this.customers = customers;
        this.viewers = viewers;
        this.transactions = transactions;
    }

    public ExchangeRates current() {
        viewers.require();
        return settings.rates();
    }

    /** Refused while a customer's currency would be left without a rate: its ARR could no longer be summed. */
    public ExchangeRates change(String base, Map<String, ? extends Number> rates) {
        if (!viewers.require().administrator()) {
            throw new NotAllowed("Only administrators may change the base currency and exchange rates.");
        }
        ExchangeRates next = ExchangeRates.of(base, rates);
        Page<Customer> orphaned = transactions.inTransaction(() -> {
            List<String> known = new ArrayList<>(next.rates().keySet());
            known.add(next.base());
            return customers.inCurrenciesOtherThan(known, NAMED_AT_MOST);
        });
        if (orphaned.total() > 0) {
            String names = orphaned.values().stream().map(c -> c.name() + " (" + c.currency() + ")")
                    .collect(Collectors.joining(", "));
            int more = orphaned.total() - orphaned.values().size();
            throw new StillInUse("These customers' currencies would have no rate: " + names
                    + (more > 0 ? " and " + more + " more" : "") + ". Keep their rates, or change the customers first.");
        }
        // Plugin settings are written outside the Active Objects transaction: on a cluster's shared database a write
        // inside it ended the transaction's connection under it (500, TwoNodeClusterIT); the check above locks nothing.
        settings.changeRates(next);
        return next;
    }
}

package dev.productops.jira.adapter.persistence;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import dev.productops.jira.application.port.Transactions;

import java.util.function.Supplier;

/** Use-case transactions through SAL, so our writes join Jira's transaction handling on every database. */
public class SalTransactions implements Transactions {
    private final TransactionTemplate template;

    public SalTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(work::get);
    }
}

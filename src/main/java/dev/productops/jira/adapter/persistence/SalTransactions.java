package dev.productops.jira.adapter.persistence;

import com.atlassian.sal.api.transaction.TransactionTemplate;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.problem.ConcurrentChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Use-case transactions through SAL, so our writes join Jira's transaction handling on every database.
 *
 * <p>A transaction that lost a race is run again from the start, in a new transaction: a unique key taken by a
 * concurrent insert (the rerun then finds that row and updates it, or reports the duplicate), a serialization
 * failure or a deadlock. It cannot be resumed in place: PostgreSQL refuses every statement of a transaction after
 * one failed. After {@link #ATTEMPTS} lost races the caller gets a 409 rather than a 500.
 */
public class SalTransactions implements Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(SalTransactions.class);
    static final int ATTEMPTS = 5;

    private final TransactionTemplate template;

    public SalTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(work::get);
            } catch (RuntimeException e) {
                if (!lostRace(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    LOG.warn("A Product Ops write lost {} races in a row; answering 409", ATTEMPTS, e);
                    throw new ConcurrentChange(ConcurrentChange.TRY_AGAIN);
                }
                pause(attempt);
            }
        }
    }

    /** Whether the failure was a concurrent writer's doing (by SQLState, the same on every database we support). */
    static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (lostRace(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean lostRace(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // 23505: unique violation (PostgreSQL, HSQLDB, H2); MySQL/MariaDB say 23000 with error 1062 (1586 with a key name).
        // 40xxx: serialization failure / deadlock (PostgreSQL 40001 and 40P01, MySQL 1213, HSQLDB MVCC 40001).
        // MySQL's lock wait timeout (1205) also means another writer held the row.
        return state.equals("23505") || (state.equals("23000") && (e.getErrorCode() == 1062 || e.getErrorCode() == 1586))
                || state.startsWith("40") || e.getErrorCode() == 1205;
    }

    /** A short, growing, random pause, so that racing requests do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5L * attempt, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentChange(ConcurrentChange.TRY_AGAIN);
        }
    }
}

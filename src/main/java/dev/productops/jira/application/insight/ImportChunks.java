package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.problem.ConcurrentChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Saves an import's accepted rows in transactions of {@link #CHUNK} rows: an import cut off part-way (a node going
 * down) keeps whole chunks, and the same file imported again counts them as duplicates and saves the rest. A chunk
 * the database refuses is saved again row by row, so one bad row is rejected alone.
 */
final class ImportChunks {
    static final int CHUNK = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ImportChunks.class);

    /** Saves the rows of a chunk that are new, in the caller's transaction, and answers how many it created. */
    interface Save<C> {
        int save(List<C> chunk);
    }

    /** How many rows were created, and how many could not be saved at all (each also added to the rejections). */
    record Outcome(int created, int unsaved) {
    }

    private ImportChunks() {
    }

    /**
     * {@code committed} hears of each chunk once its transaction has committed: a rerun after a failure must not
     * take that attempt's rows for earlier rows of the file.
     */
    static <C> Outcome save(List<C> candidates, Transactions transactions, Save<C> save, Consumer<List<C>> committed,
                            ToIntFunction<C> rowOf, List<ImportReport.Rejection> rejected) {
        int created = 0;
        int unsaved = 0;
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            List<C> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
            try {
                created += transactions.inTransaction(() -> save.save(chunk));
                committed.accept(chunk);
            } catch (RuntimeException chunkFailed) {
                for (C candidate : chunk) {
                    try {
                        created += transactions.inTransaction(() -> save.save(List.of(candidate)));
                        committed.accept(List.of(candidate));
                    } catch (RuntimeException rowFailed) {
                        unsaved++;
                        LOG.warn("Import row {} could not be saved", rowOf.applyAsInt(candidate), rowFailed);
                        rejected.add(new ImportReport.Rejection(rowOf.applyAsInt(candidate), rowFailed instanceof ConcurrentChange
                                ? "Someone changed the same data at the same time; import the file again."
                                : "This row could not be saved; the details are in Jira's log."));
                    }
                }
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new Outcome(created, unsaved);
    }
}

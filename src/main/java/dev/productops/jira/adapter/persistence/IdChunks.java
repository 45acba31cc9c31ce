package dev.productops.jira.adapter.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Splits id lists for SQL IN clauses: Oracle refuses more than 1000 items in one list. */
final class IdChunks {
    static final int MAX_IN_LIST = 1000;

    private IdChunks() {
    }

    static <T> List<List<T>> of(Collection<T> ids) {
        List<T> all = new ArrayList<>(ids);
        if (all.isEmpty()) {
            return Collections.emptyList();
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IN_LIST) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_IN_LIST)));
        }
        return chunks;
    }

    /** "COLUMN IN (?,?,?)" for a chunk of the given size. */
    static String inClause(String column, int size) {
        return column + " IN (" + String.join(",", Collections.nCopies(size, "?")) + ")";
    }

    /** "(COLUMN IN (?,…) OR COLUMN IN (?,…))" for that many ids in lists Oracle accepts; bound in order, as one list. */
    static String anyIn(String column, int size) {
        List<String> lists = new ArrayList<>();
        for (int from = 0; from < size; from += MAX_IN_LIST) {
            lists.add(inClause(column, Math.min(MAX_IN_LIST, size - from)));
        }
        return "(" + String.join(" OR ", lists) + ")";
    }
}

package dev.productops.jira.application.insight;

import java.util.List;

/** What an import did with each row: created, skipped as an existing insight, or rejected with a reason. */
public record ImportReport(int created, int duplicates, List<Rejection> rejected) {
    public record Rejection(int row, String reason) {
    }
}

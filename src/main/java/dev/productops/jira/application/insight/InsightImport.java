package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.application.port.InsightLinks;
import dev.productops.jira.application.port.InsightStore;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.port.Viewer;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightFingerprint;
import dev.productops.jira.domain.insight.InvalidInput;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports insights from rows of a file. Every row is judged on its own: a bad row is rejected with its reason
 * and never stops the good ones; a row equal to an existing insight (or to an earlier row) is a duplicate, so
 * importing the same file twice creates nothing new. Lookups are batched: customers, issues and existing
 * insights are each read in one go for the whole batch.
 */
public class InsightImport {
    /** The columns a file may have; title is the only one required. */
    public static final List<String> COLUMNS = List.of("title", "quote", "source", "sourceurl", "customer", "capturedon", "tags", "issues");
    static final String DEFAULT_SOURCE = "other";

    private final InsightStore store;
    private final CustomerStore customers;
    private final InsightLinks links;
    private final IssueDirectory issues;
    private final CurrentViewer viewers;
    private final Transactions transactions;
    private final Clock clock;

    public InsightImport(InsightStore store, CustomerStore customers, InsightLinks links, IssueDirectory issues,
                         CurrentViewer viewers, Transactions transactions, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.links = links;
        this.issues = issues;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Candidate(int row, InsightContent content, String fingerprint, List<IssueReference> linkTo) {
    }

    public ImportReport importRows(List<ImportRow> rows) {
        Viewer viewer = viewers.require();
        Map<String, Customer> customersByName = customers.namedAnyOf(customerNames(rows));
        // Every key of the file is asked of Jira at once; a key not found that way (mistyped, or the issue moved since)
        // is asked on its own, once, by the rows that name it.
        Map<String, Optional<IssueReference>> issuesByKey = new HashMap<>();
        issues.findVisibleByCurrentKey(issueKeys(rows)).forEach((key, issue) -> issuesByKey.put(key, Optional.of(issue)));
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                candidates.add(candidate(row, customersByName, issuesByKey));
            } catch (InvalidInput e) {
                rejected.add(new ImportReport.Rejection(row.row(), reason(e)));
            }
        }
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>();
        ImportChunks.Outcome saved = ImportChunks.save(candidates, transactions, chunk -> save(chunk, seen, viewer, now),
                chunk -> chunk.forEach(c -> seen.add(c.fingerprint())), Candidate::row, rejected);
        return new ImportReport(saved.created(), candidates.size() - saved.created() - saved.unsaved(), rejected);
    }

    /**
     * Saves the rows that are new, in the caller's transaction, and answers how many it created. Fingerprints are
     * read here, inside the transaction, so a rerun after a lost race (another import of the same rows committed
     * first, and our insert hit its unique import key) counts those rows as duplicates. {@code seen} skips a row
     * equal to an earlier one of this file; {@link ImportChunks} adds to it once the transaction has committed.
     */
    private int save(List<Candidate> chunk, Set<String> seen, Viewer viewer, Instant now) {
        Set<String> existing = store.existingFingerprints(chunk.stream().map(Candidate::fingerprint).toList());
        Set<String> taken = new HashSet<>(seen);
        taken.addAll(existing);
        List<String> added = new ArrayList<>();
        for (Candidate candidate : chunk) {
            if (!taken.add(candidate.fingerprint())) {
                continue;
            }
            Insight insight = store.addImported(candidate.content(), candidate.fingerprint(), viewer.key(), now);
            candidate.linkTo().forEach(issue -> links.link(insight.id(), issue.id(), Importance.IMPORTANT, null, viewer.key(), now));
            added.add(candidate.fingerprint());
        }
        return added.size();
    }

    private Candidate candidate(ImportRow row, Map<String, Customer> customersByName, Map<String, Optional<IssueReference>> issuesByKey) {
        Integer customerId = null;
        String customerName = row.value("customer");
        if (customerName != null) {
            Customer customer = customersByName.get(CustomerDetails.nameKey(customerName));
            if (customer == null) {
                throw InvalidInput.of("customer", "No customer named '" + customerName + "'. Add or import the customer on the Customers page first.");
            }
            customerId = customer.id();
        }
        String source = Optional.ofNullable(row.value("source")).orElse(DEFAULT_SOURCE);
        InsightContent content = InsightContent.of(row.value("title"), row.value("quote"), source, row.value("sourceurl"),
                customerId, row.value("capturedon"), split(row.value("tags")));
        List<IssueReference> linkTo = new ArrayList<>();
        for (String key : split(row.value("issues"))) {
            linkTo.add(issuesByKey.computeIfAbsent(key.toUpperCase(Locale.ROOT), issues::findVisible).orElseThrow(() ->
                    InvalidInput.of("issues", "Issue " + key + " does not exist or you do not have permission to see it.")));
        }
        return new Candidate(row.row(), content, InsightFingerprint.of(content), linkTo);
    }

    private static Set<String> issueKeys(List<ImportRow> rows) {
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(r -> split(r.value("issues")).forEach(k -> keys.add(k.toUpperCase(Locale.ROOT))));
        return keys;
    }

    private static Set<String> customerNames(List<ImportRow> rows) {
        Set<String> names = new LinkedHashSet<>();
        rows.stream().map(r -> r.value("customer")).filter(n -> n != null).forEach(n -> names.add(CustomerDetails.nameKey(n)));
        return names;
    }

    private static List<String> split(String list) {
        return list == null ? List.of() : Arrays.stream(list.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "field: message" for each problem of a row, as the import report shows them. */
    static String reason(InvalidInput e) {
        Map<String, String> errors = new LinkedHashMap<>(e.errors());
        List<String> parts = new ArrayList<>();
        errors.forEach((field, message) -> parts.add(field + ": " + message));
        return String.join(" ", parts);
    }
}

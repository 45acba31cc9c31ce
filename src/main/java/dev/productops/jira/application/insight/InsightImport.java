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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                candidates.add(candidate(row, customersByName));
            } catch (InvalidInput e) {
                rejected.add(new ImportReport.Rejection(row.row(), reason(e)));
            }
        }
        Set<String> existing = store.existingFingerprints(candidates.stream().map(Candidate::fingerprint).toList());
        Set<String> seen = new HashSet<>(existing);
        List<Candidate> fresh = candidates.stream().filter(c -> seen.add(c.fingerprint())).toList();
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            for (Candidate candidate : fresh) {
                Insight insight = store.add(candidate.content(), candidate.fingerprint(), viewer.key(), now);
                candidate.linkTo().forEach(issue -> links.link(insight.id(), issue.id(), Importance.IMPORTANT, null, viewer.key(), now));
            }
            return null;
        });
        rejected.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new ImportReport(fresh.size(), candidates.size() - fresh.size(), rejected);
    }

    private Candidate candidate(ImportRow row, Map<String, Customer> customersByName) {
        Integer customerId = null;
        String customerName = row.value("customer");
        if (customerName != null) {
            Customer customer = customersByName.get(CustomerDetails.nameKey(customerName));
            if (customer == null) {
                throw InvalidInput.of("customer", "No customer named '" + customerName + "'. Create the customer first.");
            }
            customerId = customer.id();
        }
        String source = Optional.ofNullable(row.value("source")).orElse(DEFAULT_SOURCE);
        InsightContent content = InsightContent.of(row.value("title"), row.value("quote"), source, row.value("sourceurl"),
                customerId, row.value("capturedon"), split(row.value("tags")));
        List<IssueReference> linkTo = new ArrayList<>();
        for (String key : split(row.value("issues"))) {
            linkTo.add(issues.findVisible(key).orElseThrow(() ->
                    InvalidInput.of("issues", "Issue " + key + " does not exist or you do not have permission to see it.")));
        }
        return new Candidate(row.row(), content, InsightFingerprint.of(content), linkTo);
    }

    private static Set<String> customerNames(List<ImportRow> rows) {
        Set<String> names = new LinkedHashSet<>();
        rows.stream().map(r -> r.value("customer")).filter(n -> n != null).forEach(n -> names.add(CustomerDetails.nameKey(n)));
        return names;
    }

    private static List<String> split(String list) {
        return list == null ? List.of() : Arrays.stream(list.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String reason(InvalidInput e) {
        Map<String, String> errors = new LinkedHashMap<>(e.errors());
        List<String> parts = new ArrayList<>();
        errors.forEach((field, message) -> parts.add(field + ": " + message));
        return String.join(" ", parts);
    }
}

package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.application.port.ScoreSettings;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.ExchangeRates;
import dev.productops.jira.domain.insight.InvalidInput;
import dev.productops.jira.domain.insight.SegmentList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports customers from rows of a file (a CRM export), with the same per-row report as the insight import. A row
 * naming a customer that exists (ignoring case and spacing, as everywhere) or an earlier row is a duplicate and
 * changes nothing, so importing an export again is safe; editing an existing customer stays a curator's act on the
 * customers page. Existing names, the exchange rates and the segment list are read once for the whole batch.
 */
public class CustomerImport {
    /** The columns a file may have; name is the only one required. */
    public static final List<String> COLUMNS = List.of("name", "segment", "arr", "currency");
    /** Whole amounts, optionally grouped by thousands the way spreadsheets write them: 120000, 120,000, 120.000, 120 000. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}([,. '\u00A0\u202F]\\d{3})+|\\d+");

    private final CustomerStore store;
    private final CurrentViewer viewers;
    private final Transactions transactions;
    private final ScoreSettings money;
    private final SegmentSettings segments;

    public CustomerImport(CustomerStore store, CurrentViewer viewers, Transactions transactions, ScoreSettings money,
                          SegmentSettings segments) {
        this.store = store;
        this.viewers = viewers;
        this.transactions = transactions;
        this.money = money;
        this.segments = segments;
    }

    private record Candidate(int row, CustomerDetails details) {
    }

    /** Anyone may add customers, one by one or from a file; only curators change or remove them. */
    public ImportReport importRows(List<ImportRow> rows) {
        viewers.require();
        ExchangeRates rates = money.rates();
        SegmentList listed = segments.current();
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                candidates.add(new Candidate(row.row(), details(row, rates, listed)));
            } catch (InvalidInput e) {
                rejected.add(new ImportReport.Rejection(row.row(), InsightImport.reason(e)));
            }
        }
        Set<String> seen = new HashSet<>();
        ImportChunks.Outcome saved = ImportChunks.save(candidates, transactions, chunk -> save(chunk, seen),
                chunk -> chunk.forEach(c -> seen.add(c.details().nameKey())), Candidate::row, rejected);
        return new ImportReport(saved.created(), candidates.size() - saved.created() - saved.unsaved(), rejected);
    }

    /** Names are read inside the transaction, so a customer another import added meanwhile is a duplicate, not an error. */
    private int save(List<Candidate> chunk, Set<String> seen) {
        Set<String> names = new LinkedHashSet<>();
        chunk.forEach(c -> names.add(c.details().nameKey()));
        Set<String> taken = new HashSet<>(seen);
        taken.addAll(store.namedAnyOf(names).keySet());
        int created = 0;
        for (Candidate candidate : chunk) {
            if (taken.add(candidate.details().nameKey())) {
                store.add(candidate.details());
                created++;
            }
        }
        return created;
    }

    /** A row's segment must be on the managed list, as on the customers page; it is stored as the list spells it. */
    private static CustomerDetails details(ImportRow row, ExchangeRates rates, SegmentList listed) {
        CustomerDetails details = CustomerDetails.of(row.value("name"), row.value("segment"), amount(row.value("arr")),
                row.value("currency"));
        if (!rates.knows(details.currency())) {
            throw InvalidInput.of("currency", rates.missingRate(details.currency()));
        }
        if (details.segment() == null) {
            return details;
        }
        return details.inSegment(listed.named(details.segment()).map(SegmentList.Segment::name)
                .orElseThrow(() -> InvalidInput.of("segment", SegmentSettings.notListed(details.segment()))));
    }

    private static Long amount(String text) {
        if (text == null) {
            return null;
        }
        if (!AMOUNT.matcher(text).matches()) {
            throw InvalidInput.of("arr", "Must be a whole amount such as 120000, not '" + text + "'.");
        }
        try {
            return Long.valueOf(text.replaceAll("\\D", ""));
        } catch (NumberFormatException tooLarge) {
            throw InvalidInput.of("arr", "Is too large: '" + text + "'.");
        }
    }
}

package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.CustomerStore;
import dev.productops.jira.application.port.ScoreSettings;
import dev.productops.jira.application.port.SegmentUse;
import dev.productops.jira.application.port.Transactions;
import dev.productops.jira.application.problem.NotAllowed;
import dev.productops.jira.application.problem.NotConfigured;
import dev.productops.jira.application.problem.StillInUse;
import dev.productops.jira.domain.insight.SegmentList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The managed list of customer segments and their weights in the evidence score: everyone reads it (customer forms
 * offer it), administrators change it. The list is what administrators saved plus every segment a customer has, so
 * an install from before the list starts with the segments already in use and no customer loses its segment.
 */
public class SegmentSettings {
    private final ScoreSettings settings;
    private final SegmentUse use;
    private final CustomerStore customers;
    private final CurrentViewer viewers;
    private final Transactions transactions;

    public SegmentSettings(ScoreSettings settings, SegmentUse use, CustomerStore customers, CurrentViewer viewers,
                           Transactions transactions) {
        this.settings = settings;
        this.use = use;
        this.customers = customers;
        this.viewers = viewers;
        this.transactions = transactions;
    }

    public SegmentList current() {
        viewers.require();
        return settings.segments().withSegmentsInUse(use.customersBySegment().keySet());
    }

    /**
     * Saves the list. A segment renamed ({@code renamedFrom}) is renamed on its customers in the same transaction;
     * removing a segment customers still have is refused, naming how many, so no customer is left outside the list.
     */
    public SegmentList change(List<SegmentList.Entry> entries) {
        if (!viewers.require().administrator()) {
            throw new NotAllowed("Only administrators may change the customer segments.");
        }
        Map<String, Integer> inUse = use.customersBySegment();
        SegmentList.Change change = settings.segments().withSegmentsInUse(inUse.keySet()).change(entries);
        Map<String, Integer> countByKey = new HashMap<>();
        inUse.forEach((name, count) -> countByKey.merge(SegmentList.keyOf(name), count, Integer::sum));
        String stillUsed = change.removed().stream()
                .filter(name -> countByKey.getOrDefault(SegmentList.keyOf(name), 0) > 0)
                .map(name -> "'" + name + "' (" + customerCount(countByKey.get(SegmentList.keyOf(name))) + ")")
                .collect(Collectors.joining(", "));
        if (!stillUsed.isEmpty()) {
            throw new StillInUse("Customers are still in these segments: " + stillUsed
                    + ". Move them to another segment first, or rename the segment instead of removing it.");
        }
        transactions.inTransaction(() -> {
            customers.renameSegments(change.renames());
            return null;
        });
        // After the renames commit, outside the Active Objects transaction (see CurrencySettings.change): should this
        // write fail, the renamed segments still show, as segments customers have.
        settings.changeSegments(change.next());
        return change.next();
    }

    /**
     * The segment as the list spells it, for a customer being saved; no segment stays none. The saved list is
     * asked first, so a customer form or import costs the segment count only for a segment it does not name.
     */
    String listed(String segment) {
        if (segment == null || segment.isBlank()) {
            return null;
        }
        return settings.segments().named(segment)
                .or(() -> current().named(segment))
                .map(SegmentList.Segment::name)
                .orElseThrow(() -> new NotConfigured("segment", notListed(segment)));
    }

    static String notListed(String segment) {
        return "There is no segment '" + segment.strip()
                + "'. Choose one of the list; an administrator adds segments in the Product Ops settings.";
    }

    private static String customerCount(int count) {
        return count == 1 ? "1 customer" : count + " customers";
    }
}

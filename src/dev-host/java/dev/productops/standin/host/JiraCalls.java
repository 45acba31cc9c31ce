package dev.productops.standin.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the plugin asked of Jira since the last reset: per method, how often, and how many rows (issues, links, versions,
 * ids) the answers held. The stand-in's Jira lives in memory and answers for free; these numbers are what a real Jira
 * would pay, so a call per issue or a read of every link of the instance shows up as a count that grows with the data.
 */
public final class JiraCalls {
    public record MethodCalls(String method, long count, long rows) {
    }

    private record Tally(LongAdder count, LongAdder rows) {
    }

    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    /** One call of {@code method} that returned {@code rows} rows (a call returning one object counts 1). */
    public void record(String method, long rows) {
        Tally tally = tallies.computeIfAbsent(method, m -> new Tally(new LongAdder(), new LongAdder()));
        tally.count().increment();
        tally.rows().add(rows);
    }

    /** Sorted by method name. */
    public List<MethodCalls> snapshot() {
        List<MethodCalls> calls = new ArrayList<>();
        new TreeMap<>(tallies).forEach((method, tally) -> calls.add(new MethodCalls(method, tally.count().sum(), tally.rows().sum())));
        return calls;
    }

    public void reset() {
        tallies.clear();
    }
}

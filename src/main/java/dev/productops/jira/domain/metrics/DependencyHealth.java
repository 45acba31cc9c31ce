package dev.productops.jira.domain.metrics;

import dev.productops.jira.domain.dependency.RiskState;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether cross-team dependencies are getting healthier. Over the open dependencies between issues of different
 * projects (open: neither done nor declined):
 * <pre>
 * open      = how many there are
 * at risk   = those whose state is a problem (RiskState.isProblem: at-risk, blocked or conflict)
 * in cycles = those in a dependency cycle
 * stale     = those whose blocker has not been updated for the stale period
 * median blocker age = the median, over distinct open blockers, of days since the blocker was created
 * </pre>
 */
public record DependencyHealth(int open, int atRisk, int inCycles, int stale, Integer medianBlockerAgeDays) {

    /** One open cross-team dependency as the risk engine saw it on a day. */
    public record OpenDependency(long blockerId, RiskState state, boolean inCycle, boolean stale, int blockerAgeDays) {
        public boolean atRisk() {
            return state.isProblem();
        }
    }

    public static DependencyHealth of(Collection<OpenDependency> dependencies) {
        int atRisk = 0;
        int inCycles = 0;
        int stale = 0;
        Map<Long, Integer> ageOfBlocker = new java.util.HashMap<>();
        for (OpenDependency d : dependencies) {
            atRisk += d.atRisk() ? 1 : 0;
            inCycles += d.inCycle() ? 1 : 0;
            stale += d.stale() ? 1 : 0;
            ageOfBlocker.put(d.blockerId(), d.blockerAgeDays());
        }
        Map<Integer, Integer> histogram = new TreeMap<>();
        ageOfBlocker.values().forEach(age -> histogram.merge(age, 1, Integer::sum));
        return new DependencyHealth(dependencies.size(), atRisk, inCycles, stale, median(histogram));
    }

    /**
     * The median of values given as value → how many times it occurs (what a GROUP BY returns); the lower middle
     * value when the count is even, so the answer is always a day that occurred. Null when there are none.
     */
    public static Integer median(Map<Integer, Integer> histogram) {
        long count = histogram.values().stream().mapToLong(Integer::longValue).sum();
        if (count == 0) {
            return null;
        }
        long middle = (count - 1) / 2;
        long seen = 0;
        for (Map.Entry<Integer, Integer> entry : new TreeMap<>(histogram).entrySet()) {
            seen += entry.getValue();
            if (seen > middle) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("unreachable");
    }
}

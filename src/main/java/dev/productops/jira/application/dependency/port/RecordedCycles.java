package dev.productops.jira.application.dependency.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cycles the daily dependency snapshot found. A cycle cannot be seen from one issue's links, and walking Jira
 * from an issue view to find one would cost a read per issue of the cycle: the snapshot has already judged every
 * cross-team dependency of the instance once that day.
 */
public interface RecordedCycles {
    /**
     * The cycles of the latest snapshot that go through any of these links, each with every project it touches, in
     * one query; empty when no snapshot recorded one.
     */
    Optional<Recorded> latestThrough(Collection<Long> linkIds);

    record Recorded(LocalDate day, List<Cycle> cycles) {
        public Recorded {
            cycles = List.copyOf(cycles);
        }
    }

    /** {@code throughLinks}: which of the links asked about lie on it. {@code issueIds}: the issues on it. */
    record Cycle(Set<Long> throughLinks, Set<Long> issueIds, Set<Long> projectIds) {
        public Cycle {
            throughLinks = Set.copyOf(throughLinks);
            issueIds = Set.copyOf(issueIds);
            projectIds = Set.copyOf(projectIds);
        }

        /** How many issues the cycle has. */
        public int issues() {
            return issueIds.size();
        }
    }
}

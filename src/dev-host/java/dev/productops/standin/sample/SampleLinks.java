package dev.productops.standin.sample;

import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
import dev.productops.standin.store.HostLinkType;
import dev.productops.standin.store.HostVersion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Links the sample issues: first the landmark cycle and conflicts, then random links. A random Blocks
 * link only goes from an issue whose dates all end before the other issue's dates begin (Dependency
 * links the other way round), so random links add neither cycles nor date conflicts.
 */
final class SampleLinks {

    private static final int CROSS_TEAM_BLOCKS = 80;
    private static final int DEPENDENCIES = 10;
    private static final int RELATES = 8;
    private static final int DUPLICATES = 3;
    private static final int ATTEMPTS = 50_000;

    private final List<HostIssue> issues;
    private final Map<String, HostIssue> byKey;
    private final Map<Long, LocalDate> releases;
    private final Random random;
    private final List<HostLink> links = new ArrayList<>();
    private final Set<Set<Long>> linkedPairs = new HashSet<>();

    SampleLinks(List<HostIssue> issues, List<HostVersion> versions, Random random) {
        this.issues = issues;
        this.byKey = issues.stream().collect(Collectors.toMap(HostIssue::key, Function.identity()));
        this.releases = versions.stream().collect(Collectors.toMap(HostVersion::id, HostVersion::releaseDate));
        this.random = random;
    }

    List<HostLink> write() {
        SampleOrganisation.Landmarks landmarks = SampleOrganisation.LANDMARKS;
        List<String> cycle = landmarks.blocksCycle();
        for (int i = 0; i < cycle.size(); i++) {
            add(SampleOrganisation.BLOCKS, byKey.get(cycle.get(i)), byKey.get(cycle.get((i + 1) % cycle.size())));
        }
        landmarks.dateConflicts().forEach(conflict ->
                add(SampleOrganisation.BLOCKS, byKey.get(conflict.blockerKey()), byKey.get(conflict.blockedKey())));
        landmarks.sameSprint().forEach(pair ->
                add(SampleOrganisation.BLOCKS, byKey.get(pair.blockerKey()), byKey.get(pair.blockedKey())));

        List<HostIssue> dated = issues.stream()
                .filter(issue -> !LandmarkIssue.BY_KEY.containsKey(issue.key()))
                .filter(issue -> !dates(issue).isEmpty())
                .toList();
        addRandom(SampleOrganisation.BLOCKS, CROSS_TEAM_BLOCKS, dated,
                (blocker, blocked) -> otherTeam(blocker, blocked) && finishesBefore(blocker, blocked));
        addRandom(SampleOrganisation.DEPENDENCY, DEPENDENCIES, dated,
                (dependent, dependency) -> finishesBefore(dependency, dependent));
        addRandom(SampleOrganisation.RELATES, RELATES, issues, this::otherTeam);
        List<HostIssue> bugs = issues.stream().filter(issue -> "Bug".equals(issue.issueType())).toList();
        addRandom(SampleOrganisation.DUPLICATE, DUPLICATES, bugs, (duplicate, original) -> !otherTeam(duplicate, original));
        return links;
    }

    private void addRandom(HostLinkType type, int wanted, List<HostIssue> candidates,
                           BiPredicate<HostIssue, HostIssue> rule) {
        int added = 0;
        for (int attempt = 0; attempt < ATTEMPTS && added < wanted; attempt++) {
            HostIssue source = candidates.get(random.nextInt(candidates.size()));
            HostIssue destination = candidates.get(random.nextInt(candidates.size()));
            if (source != destination && !linkedPairs.contains(Set.of(source.id(), destination.id()))
                    && rule.test(source, destination)) {
                add(type, source, destination);
                added++;
            }
        }
    }

    private void add(HostLinkType type, HostIssue source, HostIssue destination) {
        linkedPairs.add(Set.of(source.id(), destination.id()));
        links.add(new HostLink(10000 + links.size(), type.id(), source.id(), destination.id()));
    }

    private boolean otherTeam(HostIssue one, HostIssue other) {
        return one.projectId() != other.projectId();
    }

    private boolean finishesBefore(HostIssue earlier, HostIssue later) {
        LocalDate lastOfEarlier = dates(earlier).stream().max(LocalDate::compareTo).orElseThrow();
        LocalDate firstOfLater = dates(later).stream().min(LocalDate::compareTo).orElseThrow();
        return lastOfEarlier.isBefore(firstOfLater);
    }

    /** The due date and the fix versions' release dates: the dates a planner compares. */
    private List<LocalDate> dates(HostIssue issue) {
        return Stream.concat(Stream.of(issue.dueDate()), issue.fixVersionIds().stream().map(releases::get))
                .filter(Objects::nonNull)
                .toList();
    }
}

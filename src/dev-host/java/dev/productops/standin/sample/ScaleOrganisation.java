package dev.productops.standin.sample;

import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;
import dev.productops.standin.store.HostVersion;
import dev.productops.standin.store.StatusCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A large, seeded organisation for measuring the board at scale (not for demos): {@code projects} teams
 * with six two-week versions each, {@code issues} issues and {@code links} Blocks links, mostly across teams
 * and forward in time, with a few cycles, as real link data has.
 */
public final class ScaleOrganisation {
    private ScaleOrganisation() {
    }

    public static HostData generate(int projects, int issues, int links, long seed, LocalDate today) {
        Random random = new Random(seed);
        List<HostProject> teams = new ArrayList<>();
        List<HostVersion> versions = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            long projectId = 20_000L + p;
            String key = String.format("T%02d", p + 1);
            teams.add(new HostProject(projectId, key, "Team " + (p + 1), "admin"));
            for (int v = 0; v < 6; v++) {
                LocalDate start = today.minusWeeks(4).plusWeeks(2L * v);
                versions.add(new HostVersion(100_000L + p * 10L + v, projectId, key + " Sprint " + (v + 1), start, start.plusDays(13),
                        start.plusDays(13).isBefore(today)));
            }
        }
        List<HostIssue> all = new ArrayList<>(issues);
        int[] numbers = new int[projects];
        for (int i = 0; i < issues; i++) {
            int p = random.nextInt(projects);
            int sprint = random.nextInt(6);
            StatusCategory status = sprint < 2 ? StatusCategory.DONE : sprint == 2 ? StatusCategory.IN_PROGRESS : StatusCategory.TO_DO;
            LocalDate due = today.minusWeeks(4).plusWeeks(2L * sprint).plusDays(random.nextInt(14));
            Instant updated = today.minusDays(random.nextInt(40)).atStartOfDay().toInstant(ZoneOffset.UTC);
            all.add(new HostIssue(1_000_000L + i, teams.get(p).key() + "-" + (++numbers[p]), teams.get(p).id(), "Scale issue " + i,
                    "", "Story", "Medium", status == StatusCategory.DONE ? "Done" : status == StatusCategory.IN_PROGRESS ? "In Progress" : "To Do",
                    status, random.nextInt(8) == 0 ? null : "admin", "admin", random.nextInt(5) == 0 ? null : due,
                    updated.minusSeconds(86_400L * 30), updated, status == StatusCategory.DONE ? updated : null,
                    List.of(100_000L + p * 10L + sprint)));
        }
        List<HostLink> dependencies = new ArrayList<>(links);
        Set<Long> pairs = new HashSet<>();
        while (dependencies.size() < links) {
            HostIssue a = all.get(random.nextInt(all.size()));
            HostIssue b = all.get(random.nextInt(all.size()));
            boolean forward = a.fixVersionIds().get(0) % 10 <= b.fixVersionIds().get(0) % 10 || random.nextInt(50) == 0;
            if (a.id() != b.id() && forward && pairs.add(a.id() * 31 + b.id())) {
                dependencies.add(new HostLink(2_000_000L + dependencies.size(), SampleOrganisation.BLOCKS.id(), a.id(), b.id()));
            }
        }
        List<HostUser> users = List.of(new HostUser(1, "admin", "admin", "Administrator", "admin@example.com", "admin", true, Set.of()));
        return new HostData(teams, versions, all, List.of(SampleOrganisation.BLOCKS), dependencies, users);
    }
}

package dev.productops.jira.bench.dependency;

import dev.productops.jira.domain.dependency.AgreementState;
import dev.productops.jira.domain.dependency.Dependencies;
import dev.productops.jira.domain.dependency.Issue;
import dev.productops.jira.domain.dependency.IssueFacts;
import dev.productops.jira.domain.dependency.PlannedWindow;
import dev.productops.jira.domain.dependency.StatusCategory;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A seeded scope shaped like a large program: issues ranked in time and spread over teams (blocks of
 * 20 consecutive issues per team, so near links stay in a team and far ones cross teams), ten
 * two-week sprints per team, links that mostly point forward in time (a DAG), one in ten listed twice
 * (both ends of the link), and a few small rings across teams: cycles, as in real data.
 */
public final class GeneratedScope {
    public static final LocalDate TODAY = LocalDate.parse("2025-03-10");
    private static final LocalDate FIRST_SPRINT = TODAY.minusWeeks(6);

    public final int issueCount;
    public final int linkCount;
    public final long[] issueIds;
    public final int[] from;
    public final int[] to;
    public final boolean[] resolved;
    /** Whether link i binds (its blocker is not done and nobody declined it): only those are edges of a cycle. */
    public final boolean[] binding;
    public final IssueFacts facts;
    public final Dependencies dependencies;

    public GeneratedScope(int issueCount, int linkCount, int backLinks, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int teams = Math.max(1, issueCount / 2000);
        this.issueCount = issueCount;
        this.linkCount = linkCount;
        issueIds = new long[issueCount];
        resolved = new boolean[issueCount];
        binding = new boolean[linkCount];
        facts = new IssueFacts(issueCount);
        for (int i = 0; i < issueCount; i++) {
            issueIds[i] = 10_000L + i * 3L + random.nextInt(3);
            int team = (i / 20) % teams;
            int sprint = (int) ((long) i * 10 / issueCount);
            LocalDate start = FIRST_SPRINT.plusWeeks(2L * sprint);
            StatusCategory status = sprint < 3 ? (random.nextInt(10) < 8 ? StatusCategory.DONE : StatusCategory.IN_PROGRESS)
                    : sprint < 4 ? StatusCategory.IN_PROGRESS : StatusCategory.TO_DO;
            resolved[i] = status == StatusCategory.DONE;
            Issue issue = new Issue("T" + team + "-" + i, status, random.nextInt(10) != 0,
                    TODAY.minusDays(random.nextInt(30)), random.nextBoolean() ? start.plusDays(random.nextInt(20)) : null,
                    new PlannedWindow("T" + team + " Sprint " + sprint, team, sprint, start, start.plusDays(11)),
                    team % 20 != 0);
            facts.set(i, issue);
        }
        from = new int[linkCount];
        to = new int[linkCount];
        dependencies = new Dependencies(linkCount);
        int i = 0;
        // A few cycles, as in real data: rings of 3 to 6 issues across teams, listed first.
        while (i < backLinks) {
            int size = 3 + random.nextInt(4);
            int first = random.nextInt(issueCount - 25 * size);
            for (int k = 0; k < size && i < linkCount; k++, i++) {
                int u = first + 21 * k;
                int v = k == size - 1 ? first : first + 21 * (k + 1);
                add(i, u, v, random);
            }
        }
        while (i < linkCount) {
            int u;
            int v;
            if (random.nextInt(10) == 0) {
                int earlier = random.nextInt(i);      // the same link seen from its other end
                u = from[earlier];
                v = to[earlier];
            } else {
                u = random.nextInt(issueCount - 1);
                int reach = random.nextInt(4) == 0 ? 20_000 : 200;
                v = Math.min(issueCount - 1, u + 1 + random.nextInt(reach));
            }
            add(i, u, v, random);
            i++;
        }
    }

    private void add(int i, int u, int v, SplittableRandom random) {
        from[i] = u;
        to[i] = v;
        LocalDate neededBy = random.nextInt(10) == 0 ? TODAY.plusDays(random.nextInt(60) - 20) : null;
        int agreement = random.nextInt(100);
        AgreementState agreed = agreement < 20 ? AgreementState.COMMITTED : agreement < 22 ? AgreementState.DECLINED
                : agreement < 25 ? AgreementState.AT_RISK : null;
        dependencies.add(1_000_000L + i, u, v, neededBy, agreed);
        binding[i] = !resolved[u] && agreed != AgreementState.DECLINED && agreed != AgreementState.DONE;
    }
}

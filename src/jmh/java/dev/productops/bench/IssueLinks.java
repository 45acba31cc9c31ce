package dev.productops.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which insight is linked to which issue. Links per issue follow a Zipf law over issue popularity, so most issues
 * have a handful of links and a few have thousands; an insight is linked to an issue at most once (the product's
 * rule). Rows come out in random order, as years of linking would leave them in the table.
 */
final class IssueLinks {
    private final int[] insightIds;
    private final long[] issueIds;
    private final LinkStats stats;

    private IssueLinks(int[] insightIds, long[] issueIds, LinkStats stats) {
        this.insightIds = insightIds;
        this.issueIds = issueIds;
        this.stats = stats;
    }

    static IssueLinks generate(DatasetShape shape, SplittableRandom random) {
        int[] perIssue = new int[shape.issues()];
        ZipfSampler popularity = new ZipfSampler(shape.issues(), shape.issueSkew());
        for (int i = 0; i < shape.links(); i++) {
            perIssue[popularity.next(random)]++;
        }
        // The most popular issues get scattered ids, not the first ones.
        long[] issueIdOfRank = shuffledIssueIds(shape, random);

        int[] insightIds = new int[shape.links()];
        long[] issueIds = new long[shape.links()];
        int next = 0;
        for (int rank = 0; rank < perIssue.length; rank++) {
            Set<Integer> chosen = new HashSet<>();
            while (chosen.size() < perIssue[rank]) {
                chosen.add(1 + random.nextInt(shape.insights()));
            }
            for (int insightId : chosen) {
                insightIds[next] = insightId;
                issueIds[next] = issueIdOfRank[rank];
                next++;
            }
        }
        shuffleTogether(insightIds, issueIds, random);
        return new IssueLinks(insightIds, issueIds, LinkStats.of(perIssue));
    }

    private static long[] shuffledIssueIds(DatasetShape shape, SplittableRandom random) {
        long[] ids = new long[shape.issues()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = shape.firstIssueId() + i;
        }
        for (int i = ids.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = ids[i];
            ids[i] = ids[j];
            ids[j] = swap;
        }
        return ids;
    }

    private static void shuffleTogether(int[] insightIds, long[] issueIds, SplittableRandom random) {
        for (int i = insightIds.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int insight = insightIds[i];
            insightIds[i] = insightIds[j];
            insightIds[j] = insight;
            long issue = issueIds[i];
            issueIds[i] = issueIds[j];
            issueIds[j] = issue;
        }
    }

    int size() {
        return insightIds.length;
    }

    int insightId(int row) {
        return insightIds[row];
    }

    long issueId(int row) {
        return issueIds[row];
    }

    LinkStats stats() {
        return stats;
    }

    /** How links spread over issues: the skew the benchmark cases are picked from. */
    record LinkStats(int issues, int withoutLinks, int oneToFive, int sixTo49, int fiftyTo999, int thousandOrMore,
                     int[] topFive) {
        static LinkStats of(int[] perIssue) {
            int[] sorted = perIssue.clone();
            Arrays.sort(sorted);
            int[] top = new int[5];
            for (int i = 0; i < top.length; i++) {
                top[i] = sorted[sorted.length - 1 - i];
            }
            return new LinkStats(perIssue.length, countIn(perIssue, 0, 0), countIn(perIssue, 1, 5), countIn(perIssue, 6, 49),
                    countIn(perIssue, 50, 999), countIn(perIssue, 1000, Integer.MAX_VALUE), top);
        }

        private static int countIn(int[] perIssue, int min, int max) {
            return (int) Arrays.stream(perIssue).filter(n -> n >= min && n <= max).count();
        }

        @Override
        public String toString() {
            return issues + " issue ids: " + withoutLinks + " without links, " + oneToFive + " with 1-5, " + sixTo49
                    + " with 6-49, " + fiftyTo999 + " with 50-999, " + thousandOrMore + " with >= 1000; top five: "
                    + Arrays.toString(topFive);
        }
    }
}

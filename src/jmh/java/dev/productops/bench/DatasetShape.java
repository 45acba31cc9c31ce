package dev.productops.bench;

/**
 * The size and skew of the generated dataset: Jira DC scale for this app (issue 3, "Speed"). Changing any value
 * (or the seed) changes {@link #signature()}, so the next run regenerates instead of reusing stale data.
 */
public record DatasetShape(long seed, int customers, int insights, int links, int issues, double issueSkew,
                           long firstIssueId) {

    /** 1M links over 300k issue ids, Zipf s = 0.68: most issues get 0-5 links, the top five about 2,000-6,000. */
    public static final DatasetShape JIRA_DC = new DatasetShape(20_240_603L, 5_000, 100_000, 1_000_000, 300_000, 0.68, 10_000L);

    /** Stored as a comment on the schema: what the data there was generated from. */
    public String signature() {
        return "productops-bench v1 seed=" + seed + " customers=" + customers + " insights=" + insights
                + " links=" + links + " issues=" + issues + " skew=" + issueSkew;
    }
}

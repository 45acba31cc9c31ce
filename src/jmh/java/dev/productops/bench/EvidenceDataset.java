package dev.productops.bench;

import dev.productops.jira.adapter.persistence.CustomerEntity;
import dev.productops.jira.adapter.persistence.InsightEntity;
import dev.productops.jira.adapter.persistence.InsightLinkEntity;
import dev.productops.jira.adapter.persistence.InsightTagEntity;
import dev.productops.bench.IssueLinks.LinkStats;
import net.java.ao.RawEntity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Puts a {@link DatasetShape} into the benchmark schema: tables by Active Objects, rows by COPY, deterministic for
 * a seed. When the schema already holds that dataset (same signature and row counts) it is reused as it is.
 */
public final class EvidenceDataset {
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final String[] SOURCES = {"interview", "support-ticket", "survey", "sales-call", "usage-data", "review", "other"};
    private static final String[] CURRENCIES = {"USD", "USD", "USD", "USD", "USD", "USD", "USD", "EUR", "EUR", "GBP"};
    private static final int TAG_VOCABULARY = 150;

    private final BenchDatabase db;
    private final DatasetShape shape;

    public EvidenceDataset(BenchDatabase db, DatasetShape shape) {
        this.db = db;
        this.shape = shape;
    }

    /** What {@link #ensure()} did. {@code linkStats} is null when the data was reused. */
    public record Outcome(boolean generated, Duration took, LinkStats linkStats) {
    }

    public Outcome ensure() throws SQLException, IOException {
        long start = System.nanoTime();
        db.migrateSchema();
        if (alreadyLoaded()) {
            return new Outcome(false, Duration.ofNanos(System.nanoTime() - start), null);
        }
        try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit = off");
            statement.execute("TRUNCATE " + db.qualified(InsightLinkEntity.class) + ", " + db.qualified(InsightTagEntity.class)
                    + ", " + db.qualified(InsightEntity.class) + ", " + db.qualified(CustomerEntity.class));
            loadCustomers(connection);
            loadInsightsAndTags(connection);
            LinkStats stats = loadLinks(connection);
            for (Class<? extends RawEntity<?>> entity : BenchDatabase.ENTITIES) {
                advanceIdSequence(statement, entity);
                // Statistics and visibility map as on a database that has been running for a while.
                statement.execute("VACUUM ANALYZE " + db.qualified(entity));
            }
            statement.execute("COMMENT ON SCHEMA " + db.schema() + " IS '" + shape.signature() + "'");
            return new Outcome(true, Duration.ofNanos(System.nanoTime() - start), stats);
        }
    }

    private boolean alreadyLoaded() throws SQLException {
        try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = '"
                    + db.schema() + "'")) {
                if (!rs.next() || !shape.signature().equals(rs.getString(1))) {
                    return false;
                }
            }
            return count(statement, CustomerEntity.class) == shape.customers()
                    && count(statement, InsightEntity.class) == shape.insights()
                    && count(statement, InsightLinkEntity.class) == shape.links();
        }
    }

    private long count(Statement statement, Class<? extends RawEntity<?>> entity) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + db.qualified(entity))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows were copied with explicit ids: move AO's sequence past them so later creates do not collide. */
    private void advanceIdSequence(Statement statement, Class<? extends RawEntity<?>> entity) throws SQLException {
        String table = db.qualified(entity);
        statement.execute("SELECT setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', 'ID'), "
                + "(SELECT coalesce(max(\"ID\"), 0) + 1 FROM " + table + "), false)");
    }

    private void loadCustomers(Connection connection) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(shape.seed());
        try (CopyRows rows = new CopyRows(connection, db.qualified(CustomerEntity.class), List.of(
                "ID", "NAME", "NAME_KEY", "SEGMENT", "SEGMENT_KEY", "ANNUAL_REVENUE", "CURRENCY"))) {
            for (int id = 1; id <= shape.customers(); id++) {
                String name = SyntheticText.company(random, id);
                Segment segment = Segment.pick(random);
                rows.field(id).field(name).field(name.toLowerCase(Locale.ROOT))
                        .field(segment.label).field(segment.label.toLowerCase(Locale.ROOT))
                        .field(segment.arr(random)).field(CURRENCIES[random.nextInt(CURRENCIES.length)]);
                rows.endRow();
            }
        }
    }

    private void loadInsightsAndTags(Connection connection) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(shape.seed() + 1);
        // Big accounts are heard more often: customers are Zipf-distributed over insights too.
        ZipfSampler customerOf = new ZipfSampler(shape.customers(), 0.8);
        ZipfSampler tagOf = new ZipfSampler(TAG_VOCABULARY, 1.0);
        MessageDigest sha256 = sha256();
        int tagId = 0;
        // Two COPYs at once need two connections.
        try (Connection tagConnection = db.connection();
             CopyRows insights = new CopyRows(connection, db.qualified(InsightEntity.class), List.of(
                "ID", "TITLE", "QUOTE", "SOURCE", "SOURCE_URL", "CUSTOMER_ID", "CAPTURED_ON", "AUTHOR_KEY",
                "CREATED", "UPDATED", "FINGERPRINT", "SEARCH_TEXT"));
             CopyRows tags = new CopyRows(tagConnection, db.qualified(InsightTagEntity.class), List.of(
                     "ID", "INSIGHT_ID", "TAG", "TAG_KEY"))) {
            for (int id = 1; id <= shape.insights(); id++) {
                String title = SyntheticText.title(random);
                String quote = SyntheticText.quote(random);
                String source = SOURCES[random.nextInt(SOURCES.length)];
                Integer customer = random.nextInt(100) < 85 ? customerOf.next(random) + 1 : null;
                Instant created = NOW.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
                String fingerprint = HexFormat.of().formatHex(sha256.digest((title + "\n" + quote).getBytes(StandardCharsets.UTF_8)));
                insights.field(id).field(title).field(quote).field(source)
                        .field(source.equals("support-ticket") ? "https://support.example.com/tickets/" + (40_000 + id) : null)
                        .field(customer).field(created.truncatedTo(ChronoUnit.DAYS)).field("JIRAUSER" + (10_000 + random.nextInt(400)))
                        .field(created).field(created.plus(random.nextInt(30 * 24 * 60), ChronoUnit.MINUTES)).field(fingerprint)
                        .field((title + "\n" + quote).toLowerCase(Locale.ROOT));
                insights.endRow();
                for (int t = random.nextInt(5); t > 0; t--) {
                    String tag = "Tag-" + (tagOf.next(random) + 1);
                    tags.field(++tagId).field(id).field(tag).field(tag.toLowerCase(Locale.ROOT));
                    tags.endRow();
                }
            }
        }
    }

    private LinkStats loadLinks(Connection connection) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(shape.seed() + 2);
        IssueLinks links = IssueLinks.generate(shape, random);
        try (CopyRows rows = new CopyRows(connection, db.qualified(InsightLinkEntity.class), List.of(
                "ID", "INSIGHT_ID", "ISSUE_ID", "IMPORTANCE", "NOTE", "LINKED_BY", "LINKED_AT"))) {
            for (int id = 1; id <= links.size(); id++) {
                int importance = Importance.pick(random);
                rows.field(id).field(links.insightId(id - 1)).field(links.issueId(id - 1)).field(importance)
                        .field(random.nextInt(4) == 0 ? SyntheticText.words(random, 3 + random.nextInt(10)) : null)
                        .field("JIRAUSER" + (10_000 + random.nextInt(400)))
                        .field(NOW.minus(random.nextInt(2 * 365 * 24 * 60), ChronoUnit.MINUTES));
                rows.endRow();
            }
        }
        return links.stats();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Segments with their share of customers and ARR range (whole currency units). */
    private enum Segment {
        ENTERPRISE("Enterprise", 10, 200_000, 2_000_000),
        MID_MARKET("Mid-Market", 30, 30_000, 200_000),
        SMB("SMB", 50, 1_000, 30_000),
        PUBLIC_SECTOR("Public Sector", 5, 50_000, 500_000),
        STARTUP("Startup", 5, 0, 10_000);

        final String label;
        final int percent;
        final long minArr;
        final long maxArr;

        Segment(String label, int percent, long minArr, long maxArr) {
            this.label = label;
            this.percent = percent;
            this.minArr = minArr;
            this.maxArr = maxArr;
        }

        static Segment pick(SplittableRandom random) {
            int roll = random.nextInt(100);
            for (Segment segment : values()) {
                roll -= segment.percent;
                if (roll < 0) {
                    return segment;
                }
            }
            return SMB;
        }

        long arr(SplittableRandom random) {
            return minArr + random.nextLong(maxArr - minArr + 1);
        }
    }

    /** Importance levels 0-3 as people use them: mostly "nice to have" and "important". */
    private static final class Importance {
        private static final int[] PERCENT = {15, 35, 35, 15};

        static int pick(SplittableRandom random) {
            int roll = random.nextInt(100);
            for (int level = 0; level < PERCENT.length; level++) {
                roll -= PERCENT[level];
                if (roll < 0) {
                    return level;
                }
            }
            return 1;
        }
    }
}

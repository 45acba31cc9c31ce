package dev.productops.jira.adapter.persistence;

import dev.productops.jira.application.dependency.port.RecordedCycles;
import dev.productops.jira.domain.dependency.RiskState;
import dev.productops.jira.application.fake.FixedScoreSettings;
import dev.productops.jira.application.metrics.port.DependencySnapshots.Row;
import dev.productops.jira.application.metrics.port.EvidenceFigures.IssueSupport;
import dev.productops.jira.domain.insight.EvidenceScore;
import dev.productops.jira.domain.insight.Importance;
import dev.productops.jira.domain.insight.SourceType;
import dev.productops.jira.domain.metrics.DependencyHealth;
import dev.productops.jira.domain.metrics.InsightIntake;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import dev.productops.standin.host.StandInDatabase;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The metrics' SQL aggregates on our real tables: HSQLDB by default, PostgreSQL with -Ppostgres, MariaDB in the MySQL
 * dialect with -Pmariadb (quoted identifiers, schema or catalog found through metadata). Each test uses its own issue
 * ids and days.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(SqlMetricsTest.Schema.class)
@NameConverters
public class SqlMetricsTest {
    private EntityManager entityManager;
    private EntityManagerActiveObjects ao;
    private StandInDatabase database;
    private SqlEvidenceFigures figures;
    private SqlDependencySnapshots snapshots;

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(InsightEntity.class, CustomerEntity.class, InsightLinkEntity.class, InsightTagEntity.class,
                    DependencySnapshotEntity.class);
        }
    }

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        database = new StandInDatabase(entityManager);
        PluginTables tables = PluginTables.withPrefix(database, "AO_000000_");
        figures = new SqlEvidenceFigures(tables);
        snapshots = new SqlDependencySnapshots(tables);
    }

    @Test
    public void theScoreFromGroupedRowsIsTheScoreTheIssuePanelShows() {
        long issue = 70_001L;
        CustomerEntity big = customer("Big " + issue, 900_000, "Enterprise");
        CustomerEntity small = customer("Small " + issue, 100_000, "SMB", "EUR");
        link(insight(big, null), issue, Importance.IMPORTANT);
        link(insight(big, null), issue, Importance.CRITICAL);
        link(insight(small, null), issue, Importance.NICE_TO_HAVE);
        link(insight(null, null), issue, Importance.IMPORTANT);
        link(insight(null, null), issue, Importance.CRITICAL);

        Map<Long, IssueSupport> support = figures.supportOf(List.of(issue, 70_002L));

        assertEquals("issues without evidence are absent", Set.of(issue), support.keySet());
        IssueSupport s = support.get(issue);
        assertEquals(5, s.insights());
        assertEquals(2, s.customers().size());
        assertEquals(5, s.anonymousLevels());
        EvidenceScore formula = new FixedScoreSettings().weigh("Enterprise", 1.5).score();
        assertEquals("the issue panel's score", formula.of(new AoInsightLinks(ao, RunnerTables.of(entityManager)).linkedTo(issue)), s.score(formula), 0);
        // big (Enterprise, weight 1.5): 3 × 1.5 × (1 + log10(1 + 900k/100k)) = 9;
        // small: 100k EUR = 108k USD at 1.08, 1 × 1 × (1 + log10(2.08)) = 1.318; anonymous: (2 + 3) × 0.5 = 2.5
        assertEquals(Math.round((9 + 1 + Math.log10(2.08) + 2.5) * 10) / 10.0, s.score(formula), 1e-9);
        assertEquals(12.8, s.score(formula), 1e-9);
    }

    @Test
    public void supportIsReadInOneGroupByPerTwoThousandIssuesWithListsOfAThousand() {
        long first = 71_000L;
        link(insight(null, null), first, Importance.IMPORTANT);
        link(insight(null, null), first + 1_000, Importance.IMPORTANT);
        link(insight(null, null), first + 4_000, Importance.IMPORTANT);
        List<Long> ids = LongStream.range(first, first + 4_001).boxed().toList();
        List<String> statements = new ArrayList<>();
        Consumer<String> listener = statements::add;
        database.addSqlListener(listener);
        Map<Long, IssueSupport> support;
        try {
            support = figures.supportOf(ids);
        } finally {
            database.removeSqlListener(listener);
        }
        assertEquals(Set.of(first, first + 1_000, first + 4_000), support.keySet());
        // Three GROUP BYs (2000, 2000, 1 ids); the two full ones run one prepared statement twice.
        assertEquals(statements.toString(), 3, statements.size());
        assertEquals("the two full chunks share their SQL", statements.get(0), statements.get(1));
        assertTrue(statements.get(0).contains("GROUP BY"));
        assertEquals("the last chunk has one id", 1, statements.get(2).chars().filter(c -> c == '?').count());
        assertEquals("two IN lists, each at most a thousand (Oracle)", 2, statements.get(0).split(" IN \\(").length - 1);
        assertEquals(2_000, statements.get(0).chars().filter(c -> c == '?').count());
    }

    @Test
    public void theCounterCountsExecutionsNotPreparations() {
        List<String> statements = new ArrayList<>();
        Consumer<String> listener = statements::add;
        database.addSqlListener(listener);
        try {
            PluginTables.withPrefix(database, "AO_000000_").read((connection, t) -> {
                try (PreparedStatement twice = connection.prepareStatement("SELECT COUNT(*) FROM " + t.table("INSIGHT"));
                     PreparedStatement never = connection.prepareStatement("SELECT COUNT(*) FROM " + t.table("CUSTOMER"))) {
                    twice.executeQuery().close();
                    twice.executeQuery().close();
                    return null;
                }
            });
        } finally {
            database.removeSqlListener(listener);
        }
        assertEquals("prepared once, executed twice; the other prepared and never run", 2, statements.size());
        assertTrue(statements.get(0).contains("INSIGHT"));
        assertEquals(statements.get(0), statements.get(1));
    }

    @Test
    public void theIssuesWithEvidenceAreReadInOneStatementWhateverTheirProject() {
        link(insight(null, null), 72_001L, Importance.IMPORTANT);
        link(insight(null, null), 72_001L, Importance.CRITICAL);
        link(insight(null, null), 93_500L, Importance.NICE_TO_HAVE);
        List<String> statements = new ArrayList<>();
        Consumer<String> listener = statements::add;
        database.addSqlListener(listener);
        Set<Long> linked;
        try {
            linked = figures.linkedIssueIds();
        } finally {
            database.removeSqlListener(listener);
        }
        assertTrue(linked.containsAll(Set.of(72_001L, 93_500L)));
        assertEquals(statements.toString(), 1, statements.size());
    }

    @Test
    public void intakeIsCountedByDaySourceAndSegment() {
        LocalDate day = LocalDate.of(2031, 3, 4);
        CustomerEntity acme = customer("Acme intake", 1, "Enterprise");
        insight(acme, day);
        insight(acme, day);
        insight(null, day);
        insight(null, day.plusDays(1));
        insight(null, day.plusDays(30));

        List<InsightIntake.DayCount> counts = figures.intakeBetween(day, day.plusDays(1));

        int total = counts.stream().mapToInt(InsightIntake.DayCount::insights).sum();
        assertEquals(4, total);
        assertTrue(counts.contains(new InsightIntake.DayCount(day, SourceType.INTERVIEW.id(), "Enterprise", 2)));
        assertTrue(counts.contains(new InsightIntake.DayCount(day, SourceType.INTERVIEW.id(), null, 1)));
        assertTrue(counts.contains(new InsightIntake.DayCount(day.plusDays(1), SourceType.INTERVIEW.id(), null, 1)));
    }

    @Test
    public void aDayRecordedTwiceKeepsOneSnapshotAndReadersSeeOnlyTheirProjects() {
        LocalDate day = LocalDate.of(2031, 5, 5);
        List<Row> rows = List.of(
                new Row(1, 11, 100, 200, RiskState.CONFLICT, true, false, 30),
                new Row(2, 12, 200, 100, RiskState.AT_RISK, false, true, 10),
                new Row(3, 11, 100, 300, RiskState.OK, false, false, 30),
                new Row(4, 13, 300, 400, RiskState.BLOCKED, false, false, 5));
        snapshots.replaceDay(day, rows);
        snapshots.replaceDay(day, rows);
        snapshots.replaceDay(day.plusDays(1), rows.subList(0, 1));

        assertEquals(List.of(day, day.plusDays(1)), snapshots.daysBetween(day, day.plusDays(6)));
        Map<LocalDate, DependencyHealth> all = snapshots.healthOn(List.of(day), List.of(100L, 300L), Set.of(100L, 200L, 300L, 400L));
        assertEquals("median of the distinct blockers' ages 30, 10 and 5", new DependencyHealth(4, 3, 1, 1, 10), all.get(day));
        Map<LocalDate, DependencyHealth> restricted = snapshots.healthOn(List.of(day), List.of(100L), Set.of(100L, 200L));
        assertEquals("project 300 is hidden: its dependency is neither shown nor counted", new DependencyHealth(2, 2, 1, 1, 10),
                restricted.get(day));

        snapshots.forgetBefore(day.plusDays(1));
        assertFalse(snapshots.daysBetween(day, day).contains(day));
    }

    @Test
    public void theLatestDaysCyclesThroughSomeLinksComeWithEveryProjectTheyTouch() {
        // Later than any other test's day: the issue view reads the latest snapshot.
        LocalDate day = LocalDate.of(2099, 1, 2);
        snapshots.replaceDay(day.minusDays(1), List.of(new Row(94, 601, 100, 400, RiskState.CONFLICT, true, false, 1, 9L)));
        snapshots.replaceDay(day, List.of(
                // 501 (project 100) → 502 (200) → 503 (300) → 501: cycle 7.
                new Row(91, 501, 100, 200, RiskState.CONFLICT, true, false, 3, 7L),
                new Row(92, 502, 200, 300, RiskState.CONFLICT, true, false, 3, 7L),
                new Row(93, 503, 300, 100, RiskState.CONFLICT, true, false, 3, 7L),
                new Row(94, 601, 100, 400, RiskState.AT_RISK, false, false, 1),
                // 701 (500) ⇄ 702 (600): cycle 8, through none of the links asked about.
                new Row(95, 701, 500, 600, RiskState.CONFLICT, true, false, 1, 8L),
                new Row(96, 702, 600, 500, RiskState.CONFLICT, true, false, 1, 8L)));
        try {
            RecordedCycles.Recorded recorded = snapshots.latestThrough(List.of(91L, 94L, 999L)).orElseThrow();
            assertEquals(day, recorded.day());
            assertEquals(List.of(new RecordedCycles.Cycle(Set.of(91L), Set.of(501L, 502L, 503L), Set.of(100L, 200L, 300L))), recorded.cycles());
            assertFalse("94 was in a cycle the day before, not on the latest day", snapshots.latestThrough(List.of(94L)).isPresent());
            assertFalse(snapshots.latestThrough(List.of()).isPresent());
            // An issue with thousands of links (the hot issue has 5,742): more ids than one IN list may hold on Oracle.
            List<Long> many = new ArrayList<>();
            for (long id = 10_000; id < 12_500; id++) {
                many.add(id);
            }
            many.add(91L);
            assertEquals(recorded, snapshots.latestThrough(many).orElseThrow());
        } finally {
            snapshots.replaceDay(day, List.of());
            snapshots.replaceDay(day.minusDays(1), List.of());
        }
    }

    @Test
    public void insightsAreIndexedByIdAndCustomerSoTheGroupByNeedNotReadQuotes() throws Exception {
        List<List<String>> indexes = new ArrayList<>();
        try (java.sql.Connection connection = entityManager.getProvider().getConnection()) {
            String schema = entityManager.getProvider().getSchema();
            try (java.sql.ResultSet rows = connection.getMetaData().getIndexInfo(null, schema == null || schema.isBlank() ? null : schema,
                    "AO_000000_INSIGHT", false, false)) {
                java.util.Map<String, java.util.TreeMap<Short, String>> columns = new java.util.HashMap<>();
                while (rows.next()) {
                    if (rows.getString("INDEX_NAME") != null) {
                        columns.computeIfAbsent(rows.getString("INDEX_NAME"), n -> new java.util.TreeMap<>())
                                .put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME"));
                    }
                }
                columns.values().forEach(c -> indexes.add(List.copyOf(c.values())));
            }
        }
        assertTrue(indexes.toString(), indexes.contains(List.of("ID", "CUSTOMER_ID")));
    }

    private CustomerEntity customer(String name, long arr, String segment) {
        return customer(name, arr, segment, "USD");
    }

    private CustomerEntity customer(String name, long arr, String segment, String currency) {
        return ao.create(CustomerEntity.class, new DBParam("NAME", name), new DBParam("NAME_KEY", name.toLowerCase()),
                new DBParam("ANNUAL_REVENUE", arr), new DBParam("CURRENCY", currency), new DBParam("SEGMENT", segment));
    }

    private InsightEntity insight(CustomerEntity customer, LocalDate capturedOn) {
        InsightEntity insight = ao.create(InsightEntity.class, new DBParam("TITLE", "Evidence"),
                new DBParam("SOURCE", SourceType.INTERVIEW.id()), new DBParam("CREATED", new Date()), new DBParam("UPDATED", new Date()));
        insight.setCustomerId(customer == null ? null : customer.getID());
        insight.setCapturedOn(capturedOn == null ? null : java.sql.Date.valueOf(capturedOn));
        insight.save();
        return insight;
    }

    private void link(InsightEntity insight, long issueId, Importance importance) {
        ao.create(InsightLinkEntity.class, new DBParam("INSIGHT_ID", insight.getID()), new DBParam("ISSUE_ID", issueId),
                new DBParam("IMPORTANCE", importance.level()), new DBParam("LINKED_BY", "admin"), new DBParam("LINKED_AT", new Date()));
    }
}

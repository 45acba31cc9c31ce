package dev.productops.jira.adapter.persistence;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import dev.productops.jira.application.insight.ImportReport;
import dev.productops.jira.application.insight.ImportRow;
import dev.productops.jira.application.insight.InsightImport;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.InsightStore;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.IssueReference;
import dev.productops.jira.application.port.Viewer;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Insight;
import dev.productops.jira.domain.insight.InsightContent;
import dev.productops.jira.domain.insight.InsightSearch;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** What the database refuses, or an import cut off part-way, on real tables (HSQLDB, PostgreSQL, MariaDB). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(ImportFailuresTest.Schema.class)
@NameConverters
public class ImportFailuresTest {
    private static final int ROWS = 450;

    private EntityManager entityManager;
    private EntityManagerActiveObjects ao;
    private AoInsightStore insights;

    public static final class Schema implements net.java.ao.test.jdbc.DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager em) throws Exception {
            em.migrate(InsightEntity.class, CustomerEntity.class, InsightLinkEntity.class, InsightTagEntity.class,
                    DependencyAttributesEntity.class, UniqueKeyEntity.class);
        }
    }

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        insights = new AoInsightStore(ao);
    }

    @Test
    @NonTransactional
    public void aRowTheDatabaseRefusesIsRejectedAloneAndTheOthersAreSaved() {
        String tag = "refused";
        ImportReport report = importer(new Failing(insights, "row 7 " + tag, new IllegalStateException("value too long"))).importRows(rows(tag, 10));
        assertEquals(9, report.created());
        assertEquals(1, report.rejected().size());
        assertEquals(7, report.rejected().get(0).row());
        assertEquals(9, ao.count(InsightEntity.class, Query.select().where("TITLE LIKE ?", "% " + tag)));
    }

    @Test
    @NonTransactional
    public void anImportCutOffPartWayIsCompletedByImportingTheFileAgainWithoutDuplicates() {
        String tag = "cut";
        List<ImportRow> file = rows(tag, ROWS);
        // The node goes down while saving row 300 (in the second chunk of 200): nothing after it runs.
        assertThrows(NodeDown.class, () -> importer(new Failing(insights, "row 300 " + tag, new NodeDown())).importRows(file));
        int kept = ao.count(InsightEntity.class, Query.select().where("TITLE LIKE ?", "% " + tag));
        assertEquals("the first chunk was committed, the second rolled back", 200, kept);

        ImportReport again = importer(insights).importRows(file);
        assertEquals(ROWS - kept, again.created());
        assertEquals(kept, again.duplicates());
        assertEquals(ROWS, ao.count(InsightEntity.class, Query.select().where("TITLE LIKE ?", "% " + tag)));
    }

    private static final class NodeDown extends Error {
        private static final long serialVersionUID = 1L;
    }

    private InsightImport importer(InsightStore store) {
        TransactionTemplate template = new TransactionTemplate() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return ao.executeInTransaction(action);
            }
        };
        Viewer admin = new Viewer("admin", "admin", "Admin", true, true);
        CurrentViewer viewers = new CurrentViewer() {
            @Override
            public Optional<Viewer> current() {
                return Optional.of(admin);
            }

            @Override
            public String displayName(String userKey) {
                return userKey;
            }
        };
        IssueDirectory noIssues = new IssueDirectory() {
            @Override
            public Optional<IssueReference> findVisible(String issueKey) {
                return Optional.empty();
            }

            @Override
            public Map<String, IssueReference> findVisibleByCurrentKey(Collection<String> issueKeys) {
                return Map.of();
            }

            @Override
            public Map<Long, IssueReference> visible(Collection<Long> ids) {
                return Map.of();
            }
        };
        return new InsightImport(store, new AoCustomerStore(ao), new AoInsightLinks(ao, RunnerTables.of(entityManager)), noIssues, viewers,
                new SalTransactions(template), Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    }

    private static List<ImportRow> rows(String tag, int count) {
        List<ImportRow> rows = new ArrayList<>();
        for (int row = 2; row < count + 2; row++) {
            rows.add(new ImportRow(row, Map.of("title", "row " + row + " " + tag, "source", "survey")));
        }
        return rows;
    }

    /** Our store, failing when it saves one given title (after the row is written, as a failed statement would). */
    private static final class Failing implements InsightStore {
        private final InsightStore store;
        private final String title;
        private final Throwable failure;

        Failing(InsightStore store, String title, Throwable failure) {
            this.store = store;
            this.title = title;
            this.failure = failure;
        }

        @Override
        public Insight addImported(InsightContent content, String fingerprint, String authorKey, Instant now) {
            Insight added = store.addImported(content, fingerprint, authorKey, now);
            if (content.title().equals(title)) {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            }
            return added;
        }

        @Override
        public Insight add(InsightContent content, String fingerprint, String authorKey, Instant now) {
            return store.add(content, fingerprint, authorKey, now);
        }

        @Override
        public Optional<Insight> find(int id) {
            return store.find(id);
        }

        @Override
        public Optional<Insight> replace(int id, int expectedVersion, InsightContent content, String fingerprint, Instant now) {
            return store.replace(id, expectedVersion, content, fingerprint, now);
        }

        @Override
        public void remove(int id) {
            store.remove(id);
        }

        @Override
        public Set<String> existingFingerprints(Collection<String> fingerprints) {
            return store.existingFingerprints(fingerprints);
        }

        @Override
        public Page<Insight> search(InsightSearch search, int startAt, int maxResults) {
            return store.search(search, startAt, maxResults);
        }

        @Override
        public Map<Integer, Integer> countByCustomer(Collection<Integer> customerIds) {
            return store.countByCustomer(customerIds);
        }
    }
}

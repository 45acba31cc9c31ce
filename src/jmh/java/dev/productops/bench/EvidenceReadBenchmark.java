package dev.productops.bench;

import dev.productops.jira.adapter.persistence.AoInsightLinks;
import dev.productops.jira.adapter.web.EvidencePanel;
import dev.productops.jira.application.insight.EvidenceQuery;
import dev.productops.jira.domain.insight.Evidence;
import dev.productops.standin.ao.EntityManagerActiveObjects;
import dev.productops.standin.host.StandInSal;
import dev.productops.standin.host.VelocityTemplateRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The issue view's evidence, three ways, for one issue per {@link IssueCase}:
 * <ul>
 *   <li>{@link #rawJdbc}: the baseline, one hand-written join;</li>
 *   <li>{@link #aoReadPath}: what the evidence REST resource and the panel read, as the product runs it;</li>
 *   <li>{@link #panelRender}: the whole panel, read path plus Velocity with Jira's escaping.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvidenceReadBenchmark {
    @Param({"TYPICAL", "MEDIUM", "HOT"})
    public IssueCase issue;

    private BenchDatabase db;
    private IssueCase.Picked picked;
    private RawJdbcEvidence rawJdbc;
    private AoInsightLinks links;
    private EvidencePanel panel;

    @Setup
    public void open() throws SQLException {
        db = BenchDatabase.fromSystemProperties();
        picked = issue.pick(db);
        rawJdbc = new RawJdbcEvidence(db);
        links = new AoInsightLinks(new EntityManagerActiveObjects(db.entityManager()),
                new dev.productops.jira.adapter.persistence.PluginTables(new dev.productops.standin.host.StandInDatabase(db.entityManager())));
        StandInSal i18n = new StandInSal(null, StandInSal.loadBundle(getClass().getClassLoader(), "i18n/productops"), "/jira", (java.nio.file.Path) null);
        panel = new EvidencePanel(new EvidenceQuery(new VisibleIssues(), links, new dev.productops.jira.application.fake.FixedScoreSettings()), i18n, new VelocityTemplateRenderer(getClass().getClassLoader()));
    }

    @TearDown
    public void close() {
        db.close();
    }

    @Benchmark
    public List<RawJdbcEvidence.Row> rawJdbc() throws SQLException {
        return rawJdbc.linkedTo(picked.issueId());
    }

    @Benchmark
    public Evidence aoReadPath() {
        return Evidence.of(picked.issueKey(), links.linkedTo(picked.issueId()), RawSqlMetrics.FORMULA);
    }

    @Benchmark
    public String panelRender() {
        return panel.render(picked.issueKey()).orElseThrow();
    }
}

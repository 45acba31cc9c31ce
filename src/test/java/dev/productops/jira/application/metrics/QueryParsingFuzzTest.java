package dev.productops.jira.application.metrics;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.productops.jira.application.problem.InvalidQuery;
import dev.productops.jira.application.query.QueryParameters;

import java.time.LocalDate;

/**
 * Fuzz target for the query strings of the metrics and the board: a metric's projects, period, interval, threshold
 * and page size, and the board's projects and dates (QueryParameters, shared by both). Only InvalidQuery (a 400
 * naming the parameter) may come out; any other exception would be a 500 and is a finding (docs/testing.md).
 */
class QueryParsingFuzzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @FuzzTest(maxDuration = "10m")
    void metricAndBoardQueries(FuzzedDataProvider data) {
        Metric metric = data.pickValue(Metric.values());
        String projects = nullable(data);
        String from = nullable(data);
        String to = nullable(data);
        String interval = nullable(data);
        String threshold = nullable(data);
        String maxResults = data.consumeBoolean() ? null : data.consumeRemainingAsString();
        try {
            MetricQuery.parse(metric, projects, from, to, interval, threshold, maxResults, TODAY);
        } catch (InvalidQuery refused) {
            // a 400 naming the parameter
        }
        try {
            QueryParameters.projectKeys(projects);
            QueryParameters.day("from", from);
            QueryParameters.day("to", to);
        } catch (InvalidQuery refused) {
            // a 400 naming the parameter
        }
    }

    private static String nullable(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : data.consumeString(40);
    }
}

package dev.productops.jira.adapter.rest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.productops.jira.application.metrics.Metric;
import dev.productops.jira.application.metrics.MetricQueryDays;
import dev.productops.jira.application.metrics.MetricQuery;
import dev.productops.jira.application.metrics.RequestedPeriod;
import dev.productops.jira.application.problem.InvalidQuery;

import java.time.LocalDate;

/**
 * Fuzz target for the query strings of the metrics and the board, as the REST layer turns them into typed queries:
 * projects, period ends, weeks, threshold and page size, and the period resolved against a viewer's today. Only a
 * refusal may come out (RestProblem or InvalidQuery, both a 400 naming the parameter); anything else would be a 500 and
 * is a finding (docs/testing.md).
 */
class QueryParsingFuzzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @FuzzTest(maxDuration = "10m")
    void metricAndBoardQueries(FuzzedDataProvider data) {
        Metric metric = data.pickValue(Metric.values());
        String projects = nullable(data);
        String from = nullable(data);
        String to = nullable(data);
        String weeks = nullable(data);
        String threshold = nullable(data);
        String maxResults = data.consumeBoolean() ? null : data.consumeRemainingAsString();
        try {
            RequestedPeriod period = new RequestedPeriod(Parameters.day("from", from), Parameters.day("to", to),
                    Parameters.whole("weeks", weeks, RequestedPeriod.DEFAULT_WEEKS));
            new MetricQuery(metric, Parameters.projects(projects), period,
                    Parameters.number("threshold", threshold, MetricQuery.DEFAULT_THRESHOLD),
                    Parameters.whole("maxResults", maxResults, MetricQuery.DEFAULT_MAX_RESULTS));
            MetricQueryDays.resolve(period, TODAY);
        } catch (InvalidQuery | RestProblem refused) {
            // a 400 naming the parameter
        }
    }

    private static String nullable(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : data.consumeString(40);
    }
}

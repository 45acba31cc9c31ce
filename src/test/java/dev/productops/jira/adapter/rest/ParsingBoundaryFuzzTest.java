package dev.productops.jira.adapter.rest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.productops.jira.application.insight.ImportRow;
import dev.productops.jira.application.insight.LinkRequest;
import dev.productops.jira.application.problem.InvalidQuery;
import dev.productops.jira.application.problem.NotFound;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.InvalidInput;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz targets at the REST parsing boundary: CSV import files, and the JSON bodies of insights, links, customers and
 * dependency edits. Whatever the bytes, only the documented refusals may come out (they become 400, 413 or 422
 * answers through ProblemMapper); any other exception would be a 500 and is a finding. Every build replays the
 * committed inputs (src/test/resources/.../ParsingBoundaryFuzzTestInputs); JAZZER_FUZZ=1 fuzzes (docs/testing.md).
 */
class ParsingBoundaryFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void csvImport(FuzzedDataProvider data) {
        int firstRow = data.consumeInt(1, Integer.MAX_VALUE);
        byte[] file = data.consumeRemainingAsBytes();
        refusedOnlyAsDocumented(() -> {
            for (ImportRow row : CsvRows.parse(file, firstRow, CsvRows.INSIGHTS)) {
                // What the import does with each row before it looks anything up in Jira or the database.
                String source = Optional.ofNullable(value(row, "source")).orElse("other");
                refusedOnlyAsDocumented(() -> dev.productops.jira.domain.insight.InsightContent.of(value(row, "title"),
                        value(row, "quote"), source, value(row, "sourceurl"), null, value(row, "capturedon"), split(value(row, "tags"))));
                if (value(row, "customer") != null) {
                    CustomerDetails.nameKey(value(row, "customer"));
                }
            }
        });
    }

    @FuzzTest(maxDuration = "10m")
    void jsonBodies(FuzzedDataProvider data) {
        int kind = data.consumeInt(0, 3);
        // Raw bytes, not a string: a body that is not UTF-8 must be refused too.
        byte[] body = data.consumeRemainingAsBytes();
        refusedOnlyAsDocumented(() -> {
            switch (kind) {
                case 0 -> {
                    InsightJson.InsightInput insight = JsonBodies.read(body, InsightJson.InsightInput.class);
                    insight.content();
                    if (insight.links() != null) {
                        insight.links().forEach(link -> new LinkRequest(link == null ? null : link.issueKey(),
                                link == null ? null : link.importance(), link == null ? null : link.note()));
                    }
                }
                case 1 -> {
                    InsightJson.LinkInput link = JsonBodies.read(body, InsightJson.LinkInput.class);
                    new LinkRequest(link.issueKey(), link.importance(), link.note());
                }
                case 2 -> {
                    InsightJson.CustomerInput customer = JsonBodies.read(body, InsightJson.CustomerInput.class);
                    CustomerDetails.of(customer.name(), customer.segment(), customer.arr(), customer.currency());
                }
                default -> JsonBodies.read(body, BoardJson.PlanJson.class);
            }
        });
    }

    @FuzzTest(maxDuration = "10m")
    void pathAndPagingParameters(FuzzedDataProvider data) {
        String value = data.consumeRemainingAsString();
        refusedOnlyAsDocumented(() -> Parameters.id(value));
        refusedOnlyAsDocumented(() -> Parameters.optionalInt("maxResults", value));
        refusedOnlyAsDocumented(() -> Parameters.nonNegative("startAt", value));
        refusedOnlyAsDocumented(() -> Parameters.positive("maxResults", value));
    }

    /** As the import reads a cell: stripped, and blank is absent. */
    private static String value(ImportRow row, String column) {
        String value = row.values().get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> split(String list) {
        return list == null ? List.of() : Arrays.stream(list.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The refusals ProblemMapper answers with a 4xx; anything else escapes and Jazzer reports it. */
    static void refusedOnlyAsDocumented(Runnable parsing) {
        try {
            parsing.run();
        } catch (RestProblem problem) {
            if (problem.status().getStatusCode() >= 500) {
                throw problem;
            }
        } catch (InvalidInput | InvalidQuery | NotFound refused) {
            // a 422 or 400 naming what is wrong, or the 404 of an id that cannot exist
        }
    }
}

package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.insight.ImportRow;
import dev.productops.jira.application.insight.InsightImport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns an uploaded CSV file into import rows, refusing what is not UTF-8 CSV with known columns. */
final class CsvRows {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 5000;

    private CsvRows() {
    }

    static List<ImportRow> parse(byte[] body, int firstRow) {
        if (body == null || body.length == 0) {
            throw RestProblem.badRequest("The request needs a CSV body with a header row.");
        }
        if (body.length > MAX_BYTES) {
            throw RestProblem.tooLarge("The file is larger than 5 MB: send it in smaller batches.");
        }
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(false).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            List<ImportRow> rows = new ArrayList<>();
            int row = firstRow;
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw RestProblem.tooLarge("At most " + MAX_ROWS + " rows per request: send the file in smaller batches.");
                }
                Map<String, String> values = new LinkedHashMap<>();
                columns.forEach((header, column) -> values.put(column, record.isSet(header) ? record.get(header) : null));
                rows.add(new ImportRow(row++, values));
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw RestProblem.badRequest("The file is not valid CSV: " + e.getMessage());
        } catch (IOException e) {
            throw RestProblem.badRequest("The file is not valid CSV: " + e.getMessage());
        }
    }

    /** Header name → column; "Source URL", "source_url" and "sourceUrl" are the same column. */
    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String header : headers) {
            String column = header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
            if (!InsightImport.COLUMNS.contains(column)) {
                throw RestProblem.badRequest("Unknown column '" + header + "'. The columns are: " + String.join(", ", InsightImport.COLUMNS) + ".");
            }
            columns.put(header, column);
        }
        if (!columns.containsValue("title")) {
            throw RestProblem.badRequest("The header row must have a 'title' column.");
        }
        return columns;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw RestProblem.badRequest("The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.");
        }
    }
}

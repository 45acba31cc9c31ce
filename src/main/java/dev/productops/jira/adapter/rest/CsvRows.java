package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.insight.CustomerImport;
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

    /** The columns a file of one kind may have (lower case, no spaces), and the one it must have. */
    record Columns(List<String> names, String required) {
    }

    static final Columns INSIGHTS = new Columns(InsightImport.COLUMNS, "title");
    static final Columns CUSTOMERS = new Columns(CustomerImport.COLUMNS, "name");

    /** Row numbers stay far from int overflow: a batch of at most 5 MB has fewer lines than 6 million. */
    static final int MAX_FIRST_ROW = 1_000_000_000;

    /**
     * Rows are numbered by the line of the file each starts on, the header being row 1 of a whole file: blank lines
     * and line breaks inside quoted values count, so a reported row is the line a spreadsheet shows. A batch of a
     * larger file says which row its first line after the header is ({@code firstRow}).
     */
    static List<ImportRow> parse(byte[] body, int firstRow, Columns known) {
        if (firstRow > MAX_FIRST_ROW) {
            throw RestProblem.badRequest("The 'firstRow' parameter must be between 1 and " + MAX_FIRST_ROW + ".");
        }
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
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(false)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames(), known);
            List<ImportRow> rows = new ArrayList<>();
            int[] lineStarts = lineStarts(text);
            int firstDataLine = -1;
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition()));
                if (firstDataLine < 0) {
                    firstDataLine = headerLines(text, format.getDelimiterString()) + 1;
                }
                if (rows.size() == MAX_ROWS) {
                    throw RestProblem.tooLarge("At most " + MAX_ROWS + " rows per request: send the file in smaller batches.");
                }
                Map<String, String> values = new LinkedHashMap<>();
                columns.forEach((header, column) -> values.put(column, record.isSet(header) ? record.get(header) : null));
                rows.add(new ImportRow(firstRow + line - firstDataLine, values));
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw RestProblem.badRequest("The file is not valid CSV: " + e.getMessage());
        } catch (IOException e) {
            throw RestProblem.badRequest("The file is not valid CSV: " + e.getMessage());
        }
    }

    /** Header name → column; "Source URL", "source_url" and "sourceUrl" are the same column, so only one may be there. */
    private static Map<String, String> columns(List<String> headers, Columns known) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String header : headers) {
            String column = header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
            if (!known.names().contains(column)) {
                throw RestProblem.badRequest("Unknown column '" + header + "'. The columns are: " + String.join(", ", known.names()) + ".");
            }
            if (columns.containsValue(column)) {
                throw RestProblem.badRequest("The column '" + header + "' appears twice in the header row.");
            }
            columns.put(header, column);
        }
        if (!columns.containsValue(known.required())) {
            throw RestProblem.badRequest("The header row must have a '" + known.required() + "' column.");
        }
        return columns;
    }

    /**
     * Excel saves "CSV" with semicolons where the decimal separator is a comma (most of Europe). No column name holds
     * either character, so the header row decides: more semicolons than commas outside quotes means semicolons.
     */
    private static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Offsets at which each line of the text starts (after \n, \r\n or a lone \r). */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A record's position is where the parser started reading it, before the blank lines it skipped. */
    private static long firstCharacter(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    /** 1-based line holding the offset. */
    private static int lineOf(int[] lineStarts, long offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, (int) offset);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    /** Lines the header record takes (more than one when a quoted header name holds a line break). */
    private static int headerLines(String text, String delimiter) {
        try (CSVParser header = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setDelimiter(delimiter).build())) {
            for (CSVRecord first : header) {
                return (int) header.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return 1;
        }
        return 1;
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

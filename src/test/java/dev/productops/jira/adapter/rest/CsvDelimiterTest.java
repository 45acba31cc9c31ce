package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.insight.ImportRow;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.Assert.assertEquals;

/** Issue 10: European Excel saves CSV with semicolons; the header row tells which separator a file uses. */
public class CsvDelimiterTest {

    @Test
    public void aSemicolonSeparatedFileIsReadColumnByColumn() {
        List<ImportRow> rows = parse("title;quote;tags;issues\r\n"
                + "Rechnung als PDF;\"Bitte, als PDF; nicht als Link\";\"invoices;pdf\";PAY-8\r\n"
                + "Zweite Zeile;Kurz;;\r\n");

        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).row());
        assertEquals("Rechnung als PDF", rows.get(0).values().get("title"));
        assertEquals("Bitte, als PDF; nicht als Link", rows.get(0).values().get("quote"));
        assertEquals("invoices;pdf", rows.get(0).values().get("tags"));
        assertEquals("PAY-8", rows.get(0).values().get("issues"));
        assertEquals(3, rows.get(1).row());
        assertEquals("Kurz", rows.get(1).values().get("quote"));
    }

    @Test
    public void aCommaSeparatedFileWithSemicolonsInItsValuesStaysCommaSeparated() {
        List<ImportRow> rows = parse("title,tags\nOne,a;b;c;d\n");

        assertEquals("One", rows.get(0).values().get("title"));
        assertEquals("a;b;c;d", rows.get(0).values().get("tags"));
    }

    @Test
    public void aSemicolonInsideAQuotedHeaderNameDoesNotDecide() {
        RestProblem refused = org.junit.Assert.assertThrows(RestProblem.class, () -> parse("title,\"quote;source\"\nOne,x\n"));
        assertEquals("Unknown column 'quote;source'. The columns are: title, quote, source, sourceurl, customer, capturedon, tags, issues.",
                refused.getMessage());
    }

    private static List<ImportRow> parse(String csv) {
        return CsvRows.parse(csv.getBytes(StandardCharsets.UTF_8), 2, CsvRows.INSIGHTS);
    }
}

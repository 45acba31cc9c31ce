package dev.productops.standin.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.rules.TestRule;
import org.junit.rules.RuleChain;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.productops.standin.browser.InsightsUi.openLibrary;
import static dev.productops.standin.browser.InsightsUi.visible;
import static dev.productops.standin.browser.InsightsUi.waitFor;
import static dev.productops.standin.browser.InsightsUi.waitForText;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

/**
 * CSV import from the library (insights) and from the customers page (a CRM export): the per-row report, a re-import
 * that only finds duplicates, and batching.
 */
public class CsvImportIT {
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();
    @ClassRule
    public static final TemporaryFolder FILES = new TemporaryFolder();

    private static final By REPORT = By.cssSelector(".productops-import-report .aui-message");
    private static final By REJECTED_ROWS = By.cssSelector(".productops-import-rejected tbody tr");

    private final WebDriver driver = BROWSER.driver();

    @Test
    public void aFileWithBadRowsImportsTheGoodOnesAndReportsTheOthersThenAReImportFindsOnlyDuplicates() throws Exception {
        InsightsUi.customer(JIRA, "Umbrella", "Enterprise", 250_000);
        // Rows are the file's lines: the first data row takes lines 2 and 3 (a quoted line break).
        Path file = csv("feedback.csv", String.join("\n",
                "title,quote,source,customer,capturedOn,tags,issues",
                "Slow invoice export,\"It takes minutes\nto export a month.\",interview,Umbrella,2026-10-01,invoices;export,PAY-8",
                ",No title here,survey,,,,",
                "Podcast mention,Heard on a podcast,podcast,,,,",
                "Unknown customer,Who is this,interview,Nobody Inc,,,",
                "Refund emails are confusing,\"\"\"Where is my money?\"\", they ask\",support-ticket,Umbrella,2026-10-02,refunds,",
                "Bad date,When?,survey,,2026-13-45,,",
                "Link to a missing issue,x,other,,,,NOPE-9",
                "Mobile dark mode,Please add dark mode,review,,,,MOB-4",
                ""));
        openLibrary(driver, JIRA, null);
        importFile(file);

        waitForText(driver, REPORT, "Created: 3 · Skipped as duplicates: 0 · Rejected: 5");
        assertEquals(List.of("4", "5", "6", "8", "9"), rejectedRows());
        assertThat(reasonOfRow("6"), containsString("Nobody Inc"));
        assertThat(reasonOfRow("9"), containsString("NOPE-9"));
        InsightsUi.screenshot(driver, "library-import-report");
        // The library shows what was imported straight away (newest first).
        waitForText(driver, By.cssSelector(".productops-library-results"), "Mobile dark mode");

        importFile(file);
        waitForText(driver, REPORT, "Created: 0 · Skipped as duplicates: 3 · Rejected: 5");
        assertEquals(List.of("4", "5", "6", "8", "9"), rejectedRows());

        InsightsUi.script(driver, "document.getElementById('productops-library-query').value = 'slow invoice export';"
                + "document.getElementById('productops-library-query').dispatchEvent(new Event('input', {bubbles: true}));");
        waitForText(driver, By.cssSelector(".productops-library-count"), "Showing 1–1 of 1");
        assertThat(driver.findElement(By.cssSelector(".productops-library-result")).getText(),
                containsString("Umbrella (Enterprise) · Interview"));
    }

    @Test
    public void aFileWithAnUnknownColumnSaysNothingWasImported() throws Exception {
        Path file = csv("unknown-column.csv", "title,priority\nRefused row,high\n");
        openLibrary(driver, JIRA, null);
        importFile(file);
        waitForText(driver, REPORT, "Unknown column 'priority'");
        String report = driver.findElement(REPORT).getText();
        assertThat(report, containsString("The file was refused, so nothing was imported."));
        assertThat(report, not(containsString("were imported")));
        assertEquals(0, InsightsUi.get(JIRA, "admin", "/insights?query=refused+row").get("total").asInt());
    }

    @Test
    public void aSemicolonSeparatedFileFromEuropeanExcelIsImported() throws Exception {
        Path file = csv("excel-de.csv", "title;quote;source;tags\r\n"
                + "Rechnungen als PDF;\"Bitte als PDF, nicht als Link\";interview;\"rechnung;pdf\"\r\n"
                + "Lastschrift fehlt;SEPA-Lastschrift bitte;survey;\r\n");
        openLibrary(driver, JIRA, null);
        importFile(file);
        waitForText(driver, REPORT, "Created: 2 · Skipped as duplicates: 0 · Rejected: 0");
        JsonNode found = InsightsUi.get(JIRA, "admin", "/insights?query=rechnungen+als+pdf").get("values").get(0);
        assertEquals("Bitte als PDF, nicht als Link", found.get("quote").asText());
        java.util.Set<String> tags = new java.util.HashSet<>();
        found.get("tags").forEach(tag -> tags.add(tag.asText()));
        assertEquals(java.util.Set.of("rechnung", "pdf"), tags);
    }

    @Test
    public void aLargeFileGoesInBatchesAndTheReportNamesTheFilesRowNumbers() throws Exception {
        StringBuilder text = new StringBuilder("title,quote,source\n");
        for (int row = 2; row <= 1203; row++) {
            boolean bad = row == 600 || row == 1203;
            text.append(bad ? "" : "Batch insight " + row).append(",\"Line one\nline two of ").append(row).append("\",survey\n");
        }
        Path file = csv("large.csv", text.toString());
        openLibrary(driver, JIRA, null);
        importFile(file);
        waitFor(driver).withTimeout(java.time.Duration.ofSeconds(60))
                .until(d -> d.findElement(By.cssSelector(".productops-import-report")).getText().contains("Created:"));
        assertThat(driver.findElement(REPORT).getText(), containsString("Created: 1,200 · Skipped as duplicates: 0 · Rejected: 2"));
        // Each record takes two lines: record r starts on line 2 + 2 × (r − 2), across batches too.
        assertEquals(List.of("1198", "2404"), rejectedRows());
    }

    @Test
    public void batchesSplitOnRecordsNotOnLineBreaksInsideQuotes() {
        openLibrary(driver, JIRA, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> batches = (List<Map<String, Object>>) InsightsUi.script(driver,
                "var rows = ['title,quote'];"
                        + "for (var i = 0; i < 1001; i++) { rows.push('t' + i + ',\"a\\r\\nb, \"\"c\"\"\"'); }"
                        + "return require('productops/insight/csv-import').batches('\\ufeff' + rows.join('\\r\\n') + '\\r\\n\\r\\n')"
                        + ".map(function (b) { return {firstRow: b.firstRow, rows: b.rowCount, head: b.csv.split('\\r\\n')[0],"
                        + " records: require('productops/insight/csv-import').splitRecords(b.csv).length}; });");
        assertEquals(3, batches.size());
        // firstRow is the file line a batch's first record starts on (each record here takes two lines).
        assertEquals(List.of(2L, 1002L, 2002L), batches.stream().map(b -> b.get("firstRow")).toList());
        assertEquals(List.of(500L, 500L, 1L), batches.stream().map(b -> b.get("rows")).toList());
        // Every batch re-sends the header, without the byte order mark; the trailing blank line goes too (lines count).
        assertEquals(List.of(501L, 501L, 3L), batches.stream().map(b -> b.get("records")).toList());
        batches.forEach(b -> assertEquals("title,quote", b.get("head")));
    }

    @Test
    public void aCrmExportOfCustomersImportsFromTheCustomersPageAndTheListShowsThem() throws Exception {
        Path file = csv("crm-export.csv", String.join("\r\n",
                "Name;Segment;ARR;Currency",
                "Harbour Freight AG;Enterprise;\"1.250.000\";EUR",
                "Kettle & Co;SMB;12000;",
                "Yen Trading;SMB;5;JPY",
                "harbour freight ag;SMB;1;USD",
                ""));
        driver.get(JIRA.url("/plugins/servlet/productops/customers"));
        By count = By.cssSelector(".productops-customers-count");
        waitFor(driver).until(d -> !d.findElement(count).getText().isEmpty());
        int before = InsightsUi.get(JIRA, "admin", "/customers?maxResults=1").get("total").asInt();
        importFile(file, "productops-customers-import", ".productops-customers-import-toggle");
        waitForText(driver, REPORT, "Created: 2 · Skipped as duplicates: 1 · Rejected: 1");
        assertThat(reasonOfRow("4"), containsString("no exchange rate for JPY"));
        Accessibility.assertNoSeriousViolations(driver, "customers page, import report");
        // The list is reloaded after the import, and counts the new customers.
        waitForText(driver, count, String.format("%,d customers", before + 2));
        JsonNode harbour = InsightsUi.get(JIRA, "admin", "/customers?query=harbour+freight").get("values").get(0);
        assertEquals(List.of("Enterprise", "1250000", "EUR"), List.of(harbour.get("segment").asText(), harbour.get("arr").asText(),
                harbour.get("currency").asText()));
    }

    private void importFile(Path file) {
        importFile(file, "productops-library-import", ".productops-library-import-toggle");
    }

    private void importFile(Path file, String sectionId, String toggle) {
        WebElement section = driver.findElement(By.id(sectionId));
        if (!section.isDisplayed()) {
            driver.findElement(By.cssSelector(toggle)).click();
        }
        WebElement input = visible(driver, By.id(sectionId + "-file"));
        input.sendKeys(file.toAbsolutePath().toString());
        WebElement start = driver.findElement(By.cssSelector(".productops-import-start"));
        waitFor(driver).until(d -> start.isEnabled());
        // The previous report goes as soon as an import starts.
        InsightsUi.script(driver, "document.querySelector('.productops-import-report').textContent = '';");
        start.click();
    }

    private List<String> rejectedRows() {
        return driver.findElements(REJECTED_ROWS).stream()
                .map(row -> row.findElement(By.cssSelector(".productops-import-row")).getText()).toList();
    }

    private String reasonOfRow(String row) {
        return driver.findElements(REJECTED_ROWS).stream()
                .filter(r -> r.findElement(By.cssSelector(".productops-import-row")).getText().equals(row))
                .findFirst().orElseThrow().findElement(By.cssSelector(".productops-import-reason")).getText();
    }

    private Path csv(String name, String text) throws Exception {
        Path file = FILES.getRoot().toPath().resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.productops.standin.browser.InsightsUi.visible;
import static dev.productops.standin.browser.InsightsUi.waitFor;
import static dev.productops.standin.browser.InsightsUi.waitForText;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The customers page with a real customer base: 10,000 customers (issue 10: the pickers stopped at the first 100),
 * found by typing, added, edited, merged with their insights and deleted, all in the UI.
 */
public class CustomersPageIT {
    private static final int CUSTOMERS = Integer.getInteger("productops.test.customers", 10_000);
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private static final By COUNT = By.cssSelector(".productops-customers-count");
    private static final By NAMES = By.cssSelector(".productops-customers-name");

    private final WebDriver driver = BROWSER.driver();

    /** Customers "Account 00001" … imported from a CRM export, in batches as the customers page sends a large file. */
    @BeforeClass
    public static void manyCustomers() throws Exception {
        int batch = 2_500;
        for (int first = 1; first <= CUSTOMERS; first += batch) {
            StringBuilder csv = new StringBuilder("name,segment,arr\r\n");
            for (int i = first; i < Math.min(CUSTOMERS + 1, first + batch); i++) {
                csv.append("Account ").append(String.format("%05d", i)).append(",SMB,").append(i * 10).append("\r\n");
            }
            HttpResponse<String> response = JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(InsightsUi.REST + "/customers/import")))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())), "admin");
            assertEquals(response.body(), 200, response.statusCode());
            assertThat(response.body(), containsString("\"created\":" + (Math.min(CUSTOMERS + 1, first + batch) - first) + ","));
        }
    }

    @Test
    public void aCustomerBeyondTheFirstPagesIsFoundByTypingAndMergedWithItsInsights() throws Exception {
        int zulu = InsightsUi.customer(JIRA, "Zulu Bank", "Enterprise", 2_000_000);
        int duplicate = InsightsUi.customer(JIRA, "Zulu Bank Ltd", "Enterprise", 0);
        int quote = InsightsUi.insight(JIRA, "Zulu wants SEPA instant", "Our treasury needs it by Q3.", "sales-call", duplicate,
                Map.of(), List.of());

        open("");
        int listed = Integer.parseInt(driver.findElement(COUNT).getText().replaceAll("[^0-9]", ""));
        assertTrue("all customers are counted, not one page: " + listed, listed >= CUSTOMERS);
        driver.findElement(By.id("productops-customers-query")).sendKeys("zulu bank");
        waitForText(driver, COUNT, "2 customers");
        assertEquals(List.of("Zulu Bank", "Zulu Bank Ltd"), driver.findElements(NAMES).stream().map(WebElement::getText).toList());
        WebElement duplicateRow = driver.findElement(By.cssSelector("tr[data-customer-id='" + duplicate + "']"));
        assertThat(duplicateRow.getText(), containsString("1 insight"));

        duplicateRow.findElement(By.xpath(".//button[contains(., 'Merge')]")).click();
        WebElement into = visible(driver, By.id("productops-merge-into"));
        into.sendKeys("zulu");
        WebElement option = visible(driver, By.xpath("//li[@role='option'][span[text()='Zulu Bank']]"));
        assertEquals("the customer being merged is not offered", 1,
                driver.findElements(By.cssSelector("#productops-merge-into-options [role='option']")).size());
        option.click();
        waitForText(driver, By.cssSelector(".productops-merge-summary"), "Zulu Bank Ltd is deleted and its insight names Zulu Bank");
        driver.findElement(By.id("productops-customer-merge-dialog-confirm")).click();

        waitForText(driver, COUNT, "1 customer");
        WebElement kept = driver.findElement(By.cssSelector("tr[data-customer-id='" + zulu + "']"));
        assertThat(kept.getText(), containsString("1 insight"));
        assertEquals(zulu, InsightsUi.get(JIRA, "admin", "/insights/" + quote).get("customerId").asInt());
        InsightsUi.screenshot(driver, "customers-merged");
    }

    @Test
    public void customersAreAddedEditedAndDeletedWithTheirInsightsKept() throws Exception {
        open("");
        driver.findElement(By.id("productops-customers-add")).click();
        WebElement name = visible(driver, By.id("productops-customer-name"));
        name.sendKeys("Yankee Freight");
        driver.findElement(By.id("productops-customer-segment")).sendKeys("Mid-market");
        driver.findElement(By.id("productops-customer-arr")).sendKeys("120000");
        WebElement currency = driver.findElement(By.id("productops-customer-currency"));
        currency.clear();
        currency.sendKeys("dollars");
        driver.findElement(By.id("productops-customer-add-dialog-confirm")).click();
        waitForText(driver, By.cssSelector("#productops-customer-add-dialog .error"), "ISO 4217");
        currency.clear();
        currency.sendKeys("EUR" + Keys.ENTER);

        WebElement query = driver.findElement(By.id("productops-customers-query"));
        query.sendKeys("yankee");
        waitForText(driver, COUNT, "1 customer");
        WebElement row = driver.findElement(By.cssSelector("tbody tr"));
        assertThat(row.getText(), containsString("€120,000"));
        int id = Integer.parseInt(row.getAttribute("data-customer-id"));
        int quote = InsightsUi.insight(JIRA, "Yankee needs customs forms", "Every parcel to Norway.", "interview", id, Map.of(), List.of());

        row.findElement(By.xpath(".//button[text()='Edit']")).click();
        WebElement editName = visible(driver, By.id("productops-customer-name"));
        editName.clear();
        editName.sendKeys("Yankee Freight AS" + Keys.ENTER);
        waitForText(driver, NAMES, "Yankee Freight AS");

        open("?query=yankee");
        driver.findElement(By.xpath("//tbody/tr//button[text()='Delete']")).click();
        waitForText(driver, By.id("productops-customer-delete-dialog"), "1 insight names this customer. It stays");
        driver.findElement(By.id("productops-customer-delete-dialog-confirm")).click();
        waitForText(driver, COUNT, "0 customers");
        assertTrue(InsightsUi.get(JIRA, "admin", "/insights/" + quote).get("customerId").isNull());
    }

    @Test
    public void theCaptureDialogFindsAnyCustomerByTypingAndAddsAMissingOneInline() throws Exception {
        String key = InsightsUi.issuesWithoutEvidence(JIRA, "PAY").get(0);
        InsightsUi.openIssuePanel(driver, JIRA, key);
        driver.findElement(InsightsUi.inPanel(key, ".productops-evidence-capture")).click();
        visible(driver, By.id("productops-capture-dialog"));
        driver.findElement(By.id("productops-capture-title")).sendKeys("Bulk refunds by file");
        String farDown = String.format("Account %05d", CUSTOMERS - 3);
        InsightsUi.pickCustomer(driver, "productops-capture-customer", farDown.substring(8), farDown);
        driver.findElement(By.cssSelector(".productops-capture-submit")).click();
        // The panel re-renders itself from the server after the capture: an element read mid-render goes stale.
        waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(InsightsUi.inPanel(key, ".productops-evidence-item")).getText().contains(farDown));

        driver.findElement(InsightsUi.inPanel(key, ".productops-evidence-capture")).click();
        visible(driver, By.id("productops-capture-dialog"));
        driver.findElement(By.id("productops-capture-title")).sendKeys("Refund reasons in German");
        InsightsUi.pickCustomer(driver, "productops-capture-customer", "Xylo Versand GmbH", "New customer \u201cXylo Versand GmbH\u201d\u2026");
        assertEquals("Xylo Versand GmbH", driver.findElement(By.id("productops-capture-customer")).getAttribute("value"));
        driver.findElement(By.cssSelector(".productops-capture-submit")).click();
        waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(InsightsUi.inPanel(key, ".productops-evidence-item")).stream()
                        .anyMatch(item -> item.getText().contains("Xylo Versand GmbH")));
        assertEquals(1, InsightsUi.get(JIRA, "admin", "/customers?query=xylo").get("total").asInt());
    }

    @Test
    public void theSearchIsInTheAddressBarAndPagingGoesBackWithBack() {
        open("");
        driver.findElement(By.id("productops-customers-query")).sendKeys("Account 09");
        waitForText(driver, COUNT, "1,000 customers");
        waitFor(driver).until(d -> d.getCurrentUrl().contains("query=Account+09"));
        driver.findElement(By.xpath("//button[text()='Next']")).click();
        waitForText(driver, By.cssSelector(".productops-customers-range"), "26–50 of 1,000");
        assertThat(driver.findElements(NAMES).get(0).getText(), containsString("Account 09025"));

        driver.navigate().back();
        waitForText(driver, By.cssSelector(".productops-customers-range"), "1–25 of 1,000");
        driver.navigate().refresh();
        waitFor(driver).until(d -> d.findElement(By.id("productops-customers-query")).getAttribute("value").equals("Account 09"));
        waitForText(driver, COUNT, "1,000 customers");
    }

    private void open(String queryString) {
        driver.get(JIRA.url("/plugins/servlet/productops/customers" + queryString));
        waitFor(driver).until(d -> !d.findElements(COUNT).isEmpty() && !d.findElement(COUNT).getText().isEmpty()
                && d.findElements(By.cssSelector(".productops-customers-table[aria-busy='true']")).isEmpty());
    }
}

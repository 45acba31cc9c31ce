package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import dev.productops.standin.sample.SampleOrganisation;
import dev.productops.standin.store.HostIssue;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;

import static dev.productops.standin.browser.InsightsUi.assertPanelCounts;
import static dev.productops.standin.browser.InsightsUi.inPanel;
import static dev.productops.standin.browser.InsightsUi.visible;
import static dev.productops.standin.browser.InsightsUi.waitFor;
import static dev.productops.standin.browser.InsightsUi.waitForText;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Issue 10's first user: a fresh install of the app on a Jira with projects and issues but no customers and no
 * evidence. Everything is done in the browser: customers created on the customers page and inline from the capture
 * dialog, evidence captured on two issues, and the scores rank the issues by the revenue behind them.
 */
public class FirstUseIT {
    private static final RunningStandIn JIRA = RunningStandIn.over(() -> SampleOrganisation.generate(42L, LocalDate.now()));
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private final WebDriver driver = BROWSER.driver();

    @Test
    public void fromAnEmptyInstallAPmAddsCustomersCapturesEvidenceAndTheLargerCustomersIssueScoresHigher() {
        List<String> openIssues = JIRA.standIn().data().issues().stream()
                .filter(issue -> issue.key().startsWith("PAY-") && !issue.isDone()).map(HostIssue::key).limit(2).toList();
        String bigCustomersIssue = openIssues.get(0);
        String smallCustomersIssue = openIssues.get(1);

        driver.get(JIRA.url("/plugins/servlet/productops/customers"));
        waitForText(driver, By.cssSelector(".productops-customers-table"), "No customers yet");
        driver.findElement(By.id("productops-customers-add")).click();
        visible(driver, By.id("productops-customer-name")).sendKeys("Northwind Traders");
        driver.findElement(By.id("productops-customer-arr")).sendKeys("610000");
        WebElement currency = driver.findElement(By.id("productops-customer-currency"));
        currency.clear();
        currency.sendKeys("EUR");
        driver.findElement(By.id("productops-customer-add-dialog-confirm")).click();
        waitForText(driver, By.cssSelector(".productops-customers-count"), "1 customer");

        capture(bigCustomersIssue, "Month-end close takes three days", "Northwind", "Northwind Traders");
        capture(smallCustomersIssue, "Receipts should name the shop", "Corner Shop", "New customer \u201cCorner Shop\u201d\u2026");

        // Worked by hand from the README's formula: critical (3) × weight 1 × (1 + log10(1 + ARR in USD / 100,000)),
        // 610,000 EUR at the default 1.08 USD per EUR; the customer added inline has no ARR.
        double big = Math.round(3 * (1 + Math.log10(1 + 610_000 * 1.08 / 100_000)) * 10) / 10.0;
        assertPanelCounts(driver, smallCustomersIssue, "3", "1", "1");
        InsightsUi.openIssuePanel(driver, JIRA, bigCustomersIssue);
        assertPanelCounts(driver, bigCustomersIssue, String.valueOf(big), "1", "1");
        assertTrue("the larger customer's issue ranks first: " + big, big > 3.0);
        assertThat(driver.findElement(inPanel(bigCustomersIssue, ".productops-evidence-item")).getText(),
                containsString("Northwind Traders"));
    }

    private void capture(String issueKey, String title, String typed, String option) {
        InsightsUi.openIssuePanel(driver, JIRA, issueKey);
        assertPanelCounts(driver, issueKey, "0", "0", "0");
        driver.findElement(inPanel(issueKey, ".productops-evidence-capture")).click();
        visible(driver, By.id("productops-capture-dialog"));
        driver.findElement(By.id("productops-capture-title")).sendKeys(title);
        driver.findElement(By.id("productops-capture-quote")).sendKeys("Said on the renewal call.");
        InsightsUi.pickCustomer(driver, "productops-capture-customer", typed, option);
        new Select(driver.findElement(By.id("productops-capture-importance"))).selectByVisibleText("Critical");
        driver.findElement(By.cssSelector(".productops-capture-submit")).click();
        waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(inPanel(issueKey, ".productops-evidence-item")).getText().contains(title));
    }
}

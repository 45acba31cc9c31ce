package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.productops.standin.browser.InsightsUi.inPanel;
import static dev.productops.standin.browser.InsightsUi.openIssuePanel;
import static dev.productops.standin.browser.InsightsUi.openLibrary;
import static dev.productops.standin.browser.InsightsUi.visible;
import static dev.productops.standin.browser.InsightsUi.waitFor;
import static dev.productops.standin.browser.InsightsUi.waitForText;
import static org.junit.Assert.assertEquals;

/**
 * Issue 16 on the insight side: axe-core over every state of the issue view's panel, the capture and insight
 * dialogs, the library with its import panel, and the customers page with its dialogs, as admin and as bob (who
 * browses only MOB and may not edit customers). Each test scans all its states and then reports every violation.
 */
public class InsightsAccessibilityIT {
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser ADMIN = new SignedInBrowser(JIRA, "admin");
    private static final SignedInBrowser BOB = new SignedInBrowser(JIRA, "bob");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSERS = RuleChain.outerRule(JIRA).around(ADMIN).around(BOB);
    @Rule
    public final TestRule noScriptErrorsForAdmin = ADMIN.noScriptErrors();
    @Rule
    public final TestRule noScriptErrorsForBob = BOB.noScriptErrors();

    private static String payIssue;
    private static String mobIssue;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @BeforeClass
    public static void evidenceBothUsersSee() throws Exception {
        payIssue = InsightsUi.issuesWithoutEvidence(JIRA, "PAY").get(0);
        mobIssue = InsightsUi.issuesWithoutEvidence(JIRA, "MOB").get(0);
        int umbrella = InsightsUi.customer(JIRA, "Umbrella Freight", "Enterprise", 250_000);
        InsightsUi.customer(JIRA, "Umbrella Freight Ltd", "Enterprise", 0);
        InsightsUi.insight(JIRA, "Refunds need a reason code", "Finance asks why for every refund.", "interview", umbrella,
                Map.of(payIssue, 3, mobIssue, 2), List.of("refunds"));
    }

    @Test
    public void theIssueViewAndItsDialogsHaveNoSeriousViolations() {
        issueView(ADMIN.driver(), payIssue, "admin");
        issueView(BOB.driver(), mobIssue, "bob");
        assertEquals("axe-core, critical or serious, in our markup", Map.of(), violations);
    }

    @Test
    public void theLibraryAndItsDialogHaveNoSeriousViolations() {
        library(ADMIN.driver(), "admin");
        library(BOB.driver(), "bob");
        assertEquals("axe-core, critical or serious, in our markup", Map.of(), violations);
    }

    @Test
    public void theCustomersPageAndItsDialogsHaveNoSeriousViolations() {
        customers(ADMIN.driver(), "admin");
        customers(BOB.driver(), "bob");
        assertEquals("axe-core, critical or serious, in our markup", Map.of(), violations);
    }

    private void issueView(WebDriver driver, String key, String user) {
        openIssuePanel(driver, JIRA, key);
        scan(driver, "issue view, evidence panel, " + user);
        driver.findElement(inPanel(key, ".productops-evidence-item summary")).click();
        visible(driver, inPanel(key, ".productops-evidence-quote"));
        scan(driver, "issue view, insight expanded, " + user);

        driver.findElement(inPanel(key, ".productops-evidence-link-start")).click();
        visible(driver, inPanel(key, ".productops-evidence-search")).sendKeys("refund");
        visible(driver, inPanel(key, ".productops-evidence-result"));
        scan(driver, "issue view, link insight search with results, " + user);
        driver.findElement(inPanel(key, ".productops-evidence-search")).sendKeys(Keys.ESCAPE);

        driver.findElement(inPanel(key, ".productops-evidence-capture")).click();
        visible(driver, By.id("productops-capture-title"));
        scan(driver, "capture dialog, " + user);
        driver.findElement(By.cssSelector(".productops-capture-submit")).click();
        visible(driver, By.id("productops-capture-title-error"));
        scan(driver, "capture dialog with field errors, " + user);
        driver.findElement(By.id("productops-capture-title")).sendKeys(Keys.ESCAPE);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-capture-dialog")));
    }

    private void library(WebDriver driver, String user) {
        openLibrary(driver, JIRA, null);
        scan(driver, "library, " + user);
        driver.findElement(By.cssSelector(".productops-library-import-toggle")).click();
        visible(driver, By.id("productops-library-import-file"));
        scan(driver, "library, import panel open, " + user);

        openLibrary(driver, JIRA, "query=reason+code");
        driver.findElement(By.cssSelector(".productops-library-open")).click();
        waitForText(driver, By.cssSelector("#productops-insight-dialog .aui-dialog2-header-main"), "Refunds need a reason code");
        scan(driver, "insight detail dialog, " + user);
        if (!driver.findElements(By.cssSelector(".productops-insight-edit")).isEmpty()) {
            driver.findElement(By.cssSelector(".productops-insight-edit")).click();
            visible(driver, By.id("productops-edit-title"));
            scan(driver, "insight detail dialog, edit form, " + user);
        }

        openLibrary(driver, JIRA, "query=nothing-like-this-exists");
        visible(driver, By.cssSelector(".productops-library-empty"));
        scan(driver, "library, no results, " + user);
    }

    private void customers(WebDriver driver, String user) {
        driver.get(JIRA.url("/plugins/servlet/productops/customers?query=umbrella+freight"));
        waitForText(driver, By.cssSelector(".productops-customers-count"), "2 customers");
        scan(driver, "customers page, " + user);

        driver.findElement(By.id("productops-customers-add")).click();
        visible(driver, By.id("productops-customer-name"));
        driver.findElement(By.id("productops-customer-add-dialog-confirm")).click();
        visible(driver, By.cssSelector("#productops-customer-add-dialog .error"));
        scan(driver, "customers page, add dialog with field errors, " + user);
        driver.findElement(By.id("productops-customer-name")).sendKeys(Keys.ESCAPE);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-customer-add-dialog")));

        if (driver.findElements(By.xpath("//tbody/tr//button[text()='Edit']")).isEmpty()) {
            return;
        }
        driver.findElement(By.xpath("//tbody/tr//button[text()='Edit']")).click();
        visible(driver, By.id("productops-customer-name"));
        scan(driver, "customers page, edit dialog, " + user);
        driver.findElement(By.id("productops-customer-name")).sendKeys(Keys.ESCAPE);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-customer-edit-dialog")));

        driver.findElement(By.xpath("//tbody/tr//button[text()='Delete']")).click();
        visible(driver, By.id("productops-customer-delete-dialog-confirm"));
        scan(driver, "customers page, delete confirmation, " + user);
        driver.findElement(By.id("productops-customer-delete-dialog-confirm")).sendKeys(Keys.ESCAPE);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-customer-delete-dialog")));

        driver.findElement(By.xpath("//tbody/tr[2]//button[contains(., 'Merge')]")).click();
        visible(driver, By.id("productops-merge-into")).sendKeys("umbrella freight");
        visible(driver, By.cssSelector("#productops-merge-into-options [role='option']"));
        scan(driver, "customers page, merge dialog with the picker open, " + user);
        driver.findElement(By.id("productops-merge-into")).sendKeys(Keys.ESCAPE);
    }

    private void scan(WebDriver driver, String state) {
        List<String> found = Accessibility.seriousViolationsInOurMarkup(driver, state);
        if (!found.isEmpty()) {
            violations.put(state, found);
        }
    }
}

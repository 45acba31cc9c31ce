package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static dev.productops.standin.browser.InsightsUi.assertPanelCounts;
import static dev.productops.standin.browser.InsightsUi.inPanel;
import static dev.productops.standin.browser.InsightsUi.openIssuePanel;
import static dev.productops.standin.browser.InsightsUi.openLibrary;
import static dev.productops.standin.browser.InsightsUi.visible;
import static dev.productops.standin.browser.InsightsUi.waitFor;
import static dev.productops.standin.browser.InsightsUi.waitForText;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * bob browses only MOB. An insight linked to a PAY and a MOB issue shows him the MOB link and nothing of the PAY one:
 * not its key, not its summary, not a count that includes it.
 */
public class RestrictedUserIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();

    private static final String TITLE = "Paying in the app crashes on older phones";
    /** Issues without other evidence: one bob may not see (PAY), one he may (MOB). */
    private static String hidden;
    private static String visibleToBob;
    private static String hiddenSummary;
    private static WebDriver driver;

    @BeforeClass
    public static void evidenceOnAHiddenAndAVisibleIssue() throws Exception {
        hidden = InsightsUi.issuesWithoutEvidence(JIRA, "PAY").get(0);
        visibleToBob = InsightsUi.issuesWithoutEvidence(JIRA, "MOB").get(0);
        int piedPiper = InsightsUi.customer(JIRA, "Pied Piper", "Mid-market", 50_000);
        InsightsUi.insight(JIRA, TITLE, "It freezes on the payment step.", "support-ticket", piedPiper,
                Map.of(hidden, 3, visibleToBob, 2), List.of("crash"));
        hiddenSummary = JIRA.standIn().data().issueByKey(hidden).orElseThrow().summary();
        driver = InsightsUi.logIn(JIRA, "bob");
    }

    @AfterClass
    public static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @After
    public void noTraceOfTheHiddenIssue() {
        assertThat(driver.getPageSource(), not(containsString(hidden)));
        assertThat(driver.getPageSource(), not(containsString(hiddenSummary)));
        assertEquals(List.of(), InsightsUi.scriptErrors(driver));
    }

    @Test
    public void theLibraryShowsOnlyTheLinkToTheIssueHeMaySee() {
        openLibrary(driver, JIRA, "query=freezes");
        waitForText(driver, By.cssSelector(".productops-library-count"), "Showing 1–1 of 1");
        WebElement result = driver.findElement(By.cssSelector(".productops-library-result"));
        // The keys he may see, named; the hidden link is neither named nor counted (checked after each test too).
        assertThat(result.getText(), containsString("Linked to " + visibleToBob));
        assertThat(result.getText(), not(containsString("more")));

        result.findElement(By.cssSelector(".productops-library-open")).click();
        WebElement dialog = visible(driver, By.id("productops-insight-dialog"));
        waitForText(driver, By.id("productops-insight-links-title"), "Linked issues (1)");
        assertEquals(1, dialog.findElements(By.cssSelector(".productops-insight-links tbody tr")).size());
        assertEquals(1, dialog.findElements(By.cssSelector("tr[data-issue-key='" + visibleToBob + "']")).size());
        assertThat(dialog.getText(), not(containsString(hidden)));
        assertTrue("bob did not capture it, so he may not edit or delete it",
                dialog.findElements(By.cssSelector(".productops-insight-edit, .productops-insight-delete")).isEmpty());
        InsightsUi.screenshot(driver, "restricted-library-dialog");

        // Trying to link it to the hidden issue gets Jira's answer for a missing issue, and no link.
        driver.findElement(By.id("productops-insight-add-key")).sendKeys(hidden);
        driver.findElement(By.cssSelector(".productops-insight-add-submit")).click();
        waitForText(driver, By.cssSelector(".productops-insight-messages"), "does not exist or you do not have permission");
        assertEquals(1, dialog.findElements(By.cssSelector(".productops-insight-links tbody tr")).size());
        driver.findElement(By.cssSelector(".productops-insight-close")).click();
    }

    @Test
    public void filteringByTheHiddenIssueSaysItDoesNotExistAndShowsNoResults() {
        openLibrary(driver, JIRA, null);
        driver.findElement(By.id("productops-library-issue-key")).sendKeys(hidden);
        waitForText(driver, By.cssSelector(".productops-library-messages"), "Issue does not exist or you do not have permission to see it.");
        assertTrue(driver.findElements(By.cssSelector(".productops-library-result")).isEmpty());
        assertEquals("", driver.findElement(By.cssSelector(".productops-library-count")).getText());
        InsightsUi.screenshot(driver, "restricted-library-hidden-issue");
        // Clear the field so that the page no longer names the hidden key (the @After check).
        driver.findElement(By.cssSelector(".productops-library-clear")).click();
        waitFor(driver).until(d -> !d.getCurrentUrl().contains(hidden));
    }

    @Test
    public void theVisibleIssuesPanelCountsOnlyItsOwnEvidence() {
        openIssuePanel(driver, JIRA, visibleToBob);
        // Pied Piper (50,000 USD) is the only customer: important (2) × weight 1 × (1 + log10(1 + 50k / 100k)), one decimal.
        assertPanelCounts(driver, visibleToBob, String.valueOf(Math.round(2 * (1 + Math.log10(1.5)) * 10) / 10.0), "1", "1");
        assertThat(driver.findElement(inPanel(visibleToBob, ".productops-evidence-list")).getText(), containsString(TITLE));

        driver.findElement(inPanel(visibleToBob, ".productops-evidence-link-start")).click();
        visible(driver, inPanel(visibleToBob, ".productops-evidence-search")).sendKeys("freezes");
        waitForText(driver, inPanel(visibleToBob, ".productops-evidence-result"), "Already linked (Important)");
    }
}

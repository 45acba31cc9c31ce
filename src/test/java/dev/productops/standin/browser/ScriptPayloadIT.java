package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static dev.productops.standin.browser.InsightsUi.assertPanelCounts;
import static dev.productops.standin.browser.InsightsUi.inPanel;
import static dev.productops.standin.browser.InsightsUi.openIssuePanel;
import static dev.productops.standin.browser.InsightsUi.openLibrary;
import static dev.productops.standin.browser.InsightsUi.visible;
import static dev.productops.standin.browser.InsightsUi.waitForText;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** Markup typed by users (title, quote, customer name, tag) is shown as the text it is, never run. */
public class ScriptPayloadIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();

    private static final String PAYLOAD = "<script>window.productopsXss = 1</script><img src=x onerror=\"window.productopsXss = 2\">";
    private static final String TITLE = "Sneaky " + PAYLOAD;
    private static final String QUOTE = "Quote " + PAYLOAD + "\nsecond line";
    private static final String CUSTOMER = "<b>Evil</b> Corp<img src=x onerror=\"window.productopsXss = 3\">";
    private static final String TAG = "<i>tag</i>";
    private static int insightId;
    private static String linked;
    private static String other;
    private static WebDriver driver;

    @BeforeClass
    public static void anInsightFullOfMarkup() throws Exception {
        int customer = InsightsUi.customer(JIRA, CUSTOMER, "<u>segment</u>", 1000);
        linked = InsightsUi.issuesWithoutEvidence(JIRA, "PAY").get(0);
        other = InsightsUi.issuesWithoutEvidence(JIRA, "PAY").get(1);
        insightId = InsightsUi.insight(JIRA, TITLE, QUOTE, "interview", customer, Map.of(linked, 2), List.of(TAG));
        driver = InsightsUi.logIn(JIRA, "admin");
    }

    @AfterClass
    public static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    public void thePanelShowsTheMarkupAsTextAlsoAfterReRendering() {
        openIssuePanel(driver, JIRA, linked);
        assertEquals(TITLE, driver.findElement(inPanel(linked, ".productops-evidence-title")).getText());
        assertThat(driver.findElement(inPanel(linked, ".productops-evidence-meta")).getText(), containsString("<b>Evil</b> Corp"));
        nothingRan();

        driver.findElement(inPanel(linked, ".productops-evidence-item summary")).click();
        assertEquals(QUOTE, visible(driver, inPanel(linked, ".productops-evidence-quote")).getText());
        new Select(driver.findElement(By.id("productops-evidence-importance-" + insightId))).selectByVisibleText("Critical");
        // Critical (3) × weight 1 × (1 + log10(1 + 1,000 / 100,000)) = 3.01, shown to one decimal without a trailing .0.
        double score = Math.round(3 * (1 + Math.log10(1.01)) * 10) / 10.0;
        assertPanelCounts(driver, linked, score == Math.rint(score) ? String.valueOf((long) score) : String.valueOf(score), "1", "1");
        // Re-rendered from the server and announced in a flag that names the title.
        waitForText(driver, By.cssSelector(".aui-flag"), "“" + TITLE + "” is now Critical.");
        assertEquals(TITLE, driver.findElement(inPanel(linked, ".productops-evidence-title")).getText());
        InsightsUi.screenshot(driver, "payload-panel");
        nothingRan();

        openIssuePanel(driver, JIRA, other);
        driver.findElement(inPanel(other, ".productops-evidence-link-start")).click();
        visible(driver, inPanel(other, ".productops-evidence-search")).sendKeys("sneaky");
        waitForText(driver, inPanel(other, ".productops-evidence-result-title"), TITLE);
        nothingRan();
    }

    @Test
    public void theLibraryShowsTheMarkupAsTextInResultsDetailsAndTheEditForm() {
        openLibrary(driver, JIRA, "query=sneaky");
        waitForText(driver, By.cssSelector(".productops-library-count"), "Showing 1–1 of 1");
        assertEquals(TITLE, driver.findElement(By.cssSelector(".productops-library-result-title")).getText());
        WebElement result = driver.findElement(By.cssSelector(".productops-library-result"));
        assertThat(result.getText(), containsString("<b>Evil</b> Corp"));
        assertThat(result.getText(), containsString(TAG));
        nothingRan();

        driver.findElement(By.cssSelector(".productops-library-open")).click();
        waitForText(driver, By.cssSelector("#productops-insight-dialog .aui-dialog2-header-main"), TITLE);
        assertEquals(QUOTE, driver.findElement(By.cssSelector(".productops-insight-quote")).getText());
        InsightsUi.screenshot(driver, "payload-library-dialog");
        nothingRan();

        driver.findElement(By.cssSelector(".productops-insight-edit")).click();
        assertEquals(TITLE, visible(driver, By.id("productops-edit-title")).getAttribute("value"));
        assertEquals(QUOTE, driver.findElement(By.id("productops-edit-quote")).getAttribute("value"));
        nothingRan();
        driver.findElement(By.cssSelector(".productops-insight-cancel")).click();
    }

    private static void nothingRan() {
        assertNull("no script from the data ran", InsightsUi.script(driver, "return window.productopsXss;"));
        assertEquals("no element was made from the data", 0L,
                InsightsUi.script(driver, "return document.querySelectorAll('img[src=\"x\"], .productops-evidence b, .productops-library b, .aui-dialog2 b, .aui-flag b').length;"));
        assertEquals(List.of(), InsightsUi.scriptErrors(driver));
    }
}

package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.rules.TestRule;
import org.junit.rules.RuleChain;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static dev.productops.standin.browser.InsightsUi.assertPanelCounts;
import static dev.productops.standin.browser.InsightsUi.inPanel;
import static dev.productops.standin.browser.InsightsUi.openIssuePanel;
import static dev.productops.standin.browser.InsightsUi.visible;
import static dev.productops.standin.browser.InsightsUi.waitFor;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The issue view's Customer evidence panel: capture and link, change importance, unlink, link by searching. */
public class EvidencePanelIT {
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private final WebDriver driver = BROWSER.driver();
    /** One issue without evidence per test, so that each test's counts are its own. */
    private static List<String> ISSUES;

    @BeforeClass
    public static void findIssuesWithoutEvidence() throws Exception {
        ISSUES = InsightsUi.issuesWithoutEvidence(JIRA, "PAY");
    }

    @Test
    public void aProductManagerCapturesAnInsightInTheDialogAndSeesItLinkedWithTheNewScore() throws Exception {
        String key = ISSUES.get(0);
        InsightsUi.customer(JIRA, "Acme Corporation", "Enterprise", 300_000);
        openIssuePanel(driver, JIRA, key);
        assertPanelCounts(driver, key, "0", "0", "0");
        assertThat(driver.findElement(inPanel(key, ".productops-evidence-empty")).getText(),
                containsString("Link an insight from the library, or capture what a customer told you."));

        driver.findElement(inPanel(key, ".productops-evidence-capture")).click();
        WebElement dialog = visible(driver, By.id("productops-capture-dialog"));
        assertThat(dialog.getText(), containsString("Capture insight for " + key));
        visible(driver, By.id("productops-capture-customer"));
        InsightsUi.screenshot(driver, "panel-capture-dialog");

        // Nothing typed: the form says what is missing, next to the field, without a round trip.
        driver.findElement(By.cssSelector(".productops-capture-submit")).click();
        assertEquals("Give the insight a title.", visible(driver, By.id("productops-capture-title-error")).getText());

        driver.findElement(By.id("productops-capture-title")).sendKeys("Refund status is invisible to shoppers");
        driver.findElement(By.id("productops-capture-quote")).sendKeys("We get ten calls a day asking where a refund is.\nPlease show it in the order page.");
        new Select(driver.findElement(By.id("productops-capture-source"))).selectByVisibleText("Support ticket");
        InsightsUi.pickCustomer(driver, "productops-capture-customer", "acme corp", "Acme Corporation");
        driver.findElement(By.id("productops-capture-sourceUrl")).sendKeys("ftp://tickets.example.com/4711");
        driver.findElement(By.id("productops-capture-tags")).sendKeys("refunds, self-service");
        new Select(driver.findElement(By.id("productops-capture-importance"))).selectByVisibleText("Critical");
        driver.findElement(By.cssSelector(".productops-capture-submit")).click();

        // The server refuses the ftp address (422): its message appears next to the field, nothing is captured.
        assertEquals("Must be an http or https address.", visible(driver, By.id("productops-capture-sourceUrl-error")).getText());
        assertEquals("true", driver.findElement(By.id("productops-capture-sourceUrl")).getAttribute("aria-invalid"));
        InsightsUi.screenshot(driver, "panel-capture-field-error");
        WebElement url = driver.findElement(By.id("productops-capture-sourceUrl"));
        url.clear();
        url.sendKeys("https://tickets.example.com/4711");
        driver.findElement(By.cssSelector(".productops-capture-submit")).click();

        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-capture-dialog")));
        // Acme (300,000 USD) is the only customer: critical (3) × weight 1 × (1 + log10(1 + 300k / 100k)), one decimal.
        double score = Math.round(3 * (1 + Math.log10(4)) * 10) / 10.0;
        assertPanelCounts(driver, key, String.valueOf(score), "1", "1");
        WebElement item = driver.findElement(inPanel(key, ".productops-evidence-item"));
        assertThat(item.getText(), containsString("Refund status is invisible to shoppers"));
        assertThat(item.getText(), containsString("Acme Corporation (Enterprise) · Support ticket"));
        assertEquals("CRITICAL", item.findElement(By.cssSelector(".aui-lozenge")).getText().toUpperCase());
        InsightsUi.screenshot(driver, "panel-after-capture");

        item.findElement(By.tagName("summary")).click();
        assertThat(visible(driver, inPanel(key, ".productops-evidence-quote")).getText(),
                containsString("Please show it in the order page."));
        InsightsUi.screenshot(driver, "panel-expanded");
    }

    @Test
    public void theTagFieldSuggestsTagsInUseForTheOneBeingTyped() throws Exception {
        String tag = "Zebra-crossing-" + System.nanoTime();
        InsightsUi.insight(JIRA, "Tagged for suggestions", "q", "interview", null, Map.of(), List.of(tag));
        String key = ISSUES.get(2);
        openIssuePanel(driver, JIRA, key);
        driver.findElement(inPanel(key, ".productops-evidence-capture")).click();
        visible(driver, By.id("productops-capture-dialog"));
        WebElement tags = driver.findElement(By.id("productops-capture-tags"));
        tags.sendKeys("feedback, zebra-cr");

        // The browser's own list (a datalist) offers the whole field with the tag completed, spelt as in use.
        String list = tags.getAttribute("list");
        waitFor(driver).until(d -> !d.findElements(By.cssSelector("#" + list + " option")).isEmpty());
        List<String> offered = driver.findElements(By.cssSelector("#" + list + " option")).stream()
                .map(option -> option.getAttribute("value")).toList();
        assertEquals(List.of("feedback, " + tag), offered);
    }

    @Test
    public void changingTheImportanceAndUnlinkingUpdateThePanelWithoutAReload() throws Exception {
        String key = ISSUES.get(1);
        int id = InsightsUi.insight(JIRA, "Card declines are not explained", "The app just says error.", "interview", null,
                Map.of(key, 1), List.of());
        openIssuePanel(driver, JIRA, key);
        // An insight without a customer counts half its importance: nice to have (1) × 0.5.
        assertPanelCounts(driver, key, "0.5", "1", "0");
        markPage();

        WebElement item = driver.findElement(inPanel(key, ".productops-evidence-item[data-insight-id='" + id + "']"));
        item.findElement(By.tagName("summary")).click();
        new Select(visible(driver, By.id("productops-evidence-importance-" + id))).selectByVisibleText("Critical");
        assertPanelCounts(driver, key, "1.5", "1", "0");
        WebElement lozenge = driver.findElement(inPanel(key, ".productops-evidence-item .aui-lozenge"));
        assertEquals("CRITICAL", lozenge.getText().toUpperCase());
        // Keyboard users keep their place: the expanded insight stays open and its select keeps the focus.
        assertEquals("productops-evidence-importance-" + id, driver.switchTo().activeElement().getAttribute("id"));
        InsightsUi.screenshot(driver, "panel-importance-changed");

        driver.findElement(inPanel(key, ".productops-evidence-unlink")).click();
        assertPanelCounts(driver, key, "0", "0", "0");
        visible(driver, inPanel(key, ".productops-evidence-empty"));
        assertTrue("the page was not reloaded", pageIsMarked());
    }

    @Test
    public void undoAfterUnlinkingLinksTheInsightAgainWithItsImportanceAndNote() throws Exception {
        // PAY has only as many issues without evidence as the other tests take.
        String key = InsightsUi.issuesWithoutEvidence(JIRA, "CHK").get(0);
        int id = InsightsUi.insight(JIRA, "Refund reasons are free text", "We cannot report on them.", "interview", null,
                Map.of(), List.of());
        InsightsUi.post(JIRA, "admin", "/insights/" + id + "/links", Map.of("issueKey", key, "importance", 3, "note", "blocks the Q3 report"));
        openIssuePanel(driver, JIRA, key);
        assertPanelCounts(driver, key, "1.5", "1", "0");

        driver.findElement(inPanel(key, ".productops-evidence-item summary")).click();
        visible(driver, inPanel(key, ".productops-evidence-unlink")).click();
        assertPanelCounts(driver, key, "0", "0", "0");
        assertEquals(0, InsightsUi.get(JIRA, "admin", "/insights/" + id).get("links").size());

        // Focus moves to Undo, so a keyboard user undoes with Enter.
        waitForFocusOn("productops-evidence-undo");
        Accessibility.assertNoSeriousViolations(driver, "issue view, flag with Undo after unlinking");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertPanelCounts(driver, key, "1.5", "1", "0");
        com.fasterxml.jackson.databind.JsonNode link = InsightsUi.get(JIRA, "admin", "/insights/" + id).get("links").get(0);
        assertEquals(key, link.get("issueKey").asText());
        assertEquals(3, link.get("importance").asInt());
        assertEquals("blocks the Q3 report", link.get("note").asText());
        waitFor(driver).until(d -> d.switchTo().activeElement().getTagName().equals("summary"));
    }

    @Test
    public void closingTheUndoFlagReturnsFocusToThePanel() throws Exception {
        String key = InsightsUi.issuesWithoutEvidence(JIRA, "CHK").get(1);
        int id = InsightsUi.insight(JIRA, "Partial refunds need a reason", "Support cannot say why.", "support-ticket", null,
                Map.of(), List.of());
        InsightsUi.post(JIRA, "admin", "/insights/" + id + "/links", Map.of("issueKey", key, "importance", 2));
        openIssuePanel(driver, JIRA, key);
        driver.findElement(inPanel(key, ".productops-evidence-item summary")).click();
        visible(driver, inPanel(key, ".productops-evidence-unlink")).click();
        waitForFocusOn("productops-evidence-undo");

        // The flag's close button, by keyboard: AUI closes a flag on Enter there.
        WebElement close = driver.findElement(By.cssSelector(".aui-flag[open] .aui-close-button"));
        close.sendKeys(Keys.ENTER);
        waitForFocusOn("productops-evidence-link-start");
        assertEquals("nothing was undone", 0, InsightsUi.get(JIRA, "admin", "/insights/" + id).get("links").size());
    }

    @Test
    public void anExistingInsightIsFoundAsYouTypeAndLinkedWithTheKeyboard() throws Exception {
        String key = ISSUES.get(2);
        InsightsUi.insight(JIRA, "Bulk refunds take too long", "Finance refunds 200 orders by hand every Friday.", "sales-call",
                null, Map.of(), List.of("refunds"));
        InsightsUi.insight(JIRA, "Export to accounting software", "We need refunds in our ledger.", "survey", null,
                Map.of(), List.of());
        openIssuePanel(driver, JIRA, key);
        markPage();

        driver.findElement(inPanel(key, ".productops-evidence-link-start")).click();
        WebElement search = visible(driver, inPanel(key, ".productops-evidence-search"));
        assertEquals("the search box has the focus", search, driver.switchTo().activeElement());
        search.sendKeys("bulk refu");
        waitFor(driver).until(d -> d.findElements(inPanel(key, ".productops-evidence-result")).size() == 1);
        assertThat(driver.findElement(inPanel(key, ".productops-evidence-result")).getText(), containsString("Bulk refunds take too long"));
        InsightsUi.screenshot(driver, "panel-link-search");

        search.sendKeys(Keys.ARROW_DOWN);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement importance = visible(driver, inPanel(key, ".productops-evidence-link-importance"));
        assertEquals("the importance is asked next", importance, driver.switchTo().activeElement());
        new Select(importance).selectByVisibleText("Important");
        driver.findElement(inPanel(key, ".productops-evidence-link-submit")).click();

        // Important (2) × 0.5 for an insight without a customer.
        assertPanelCounts(driver, key, "1", "1", "0");
        assertThat(driver.findElement(inPanel(key, ".productops-evidence-list")).getText(), containsString("Bulk refunds take too long"));
        assertTrue("the page was not reloaded", pageIsMarked());
        InsightsUi.screenshot(driver, "panel-linked");

        // Searching again shows that it is already linked, with its importance.
        driver.findElement(inPanel(key, ".productops-evidence-link-start")).click();
        visible(driver, inPanel(key, ".productops-evidence-search")).sendKeys("bulk");
        InsightsUi.waitForText(driver, inPanel(key, ".productops-evidence-result"), "Already linked (Important)");
        driver.findElement(inPanel(key, ".productops-evidence-search")).sendKeys(Keys.ESCAPE);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(inPanel(key, ".productops-evidence-linker")));
    }

    @Test
    public void aSearchWithoutMatchesSaysSoAndSuggestsCapturing() {
        String key = ISSUES.get(3);
        openIssuePanel(driver, JIRA, key);
        driver.findElement(inPanel(key, ".productops-evidence-link-start")).click();
        visible(driver, inPanel(key, ".productops-evidence-search")).sendKeys("nothing-like-this-exists");
        InsightsUi.waitForText(driver, inPanel(key, ".productops-evidence-search-status"),
                "No insight matches “nothing-like-this-exists”. Capture it as a new insight instead.");
        assertTrue(driver.findElements(inPanel(key, ".productops-evidence-result")).isEmpty());

        // Following the suggestion: the capture dialog opens on the title field, and Escape closes it.
        driver.findElement(inPanel(key, ".productops-evidence-capture")).click();
        WebElement title = visible(driver, By.id("productops-capture-title"));
        waitFor(driver).until(d -> title.equals(d.switchTo().activeElement()));
        title.sendKeys(Keys.ESCAPE);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-capture-dialog")));
    }

    @Test
    public void anInsightOpensInTheLibraryFromThePanel() throws Exception {
        String key = ISSUES.get(4);
        int id = InsightsUi.insight(JIRA, "Saved cards expire silently", "Nobody told me my card expired.", "review", null,
                Map.of(key, 2), List.of());
        openIssuePanel(driver, JIRA, key);
        driver.findElement(inPanel(key, ".productops-evidence-item summary")).click();
        visible(driver, inPanel(key, ".productops-evidence-open")).click();
        InsightsUi.waitForText(driver, By.cssSelector("#productops-insight-dialog .aui-dialog2-header-main"), "Saved cards expire silently");
        assertThat(driver.getCurrentUrl(), containsString("/plugins/servlet/productops/insights?insight=" + id));

        openIssuePanel(driver, JIRA, key);
        driver.findElement(inPanel(key, ".productops-evidence-library-link")).click();
        InsightsUi.waitForLibrarySearch(driver);
        assertEquals(key, driver.findElement(By.id("productops-library-issue-key")).getAttribute("value"));
        InsightsUi.waitForText(driver, By.cssSelector(".productops-library-results"), "Saved cards expire silently");
    }

    @Test
    public void theCaptureDialogShowsImportanceAndNoteWithoutScrollingAt768Pixels() {
        String key = InsightsUi.issuesWithoutEvidence(JIRA, "PLAT").get(0);
        InsightsUi.atTabletSize(driver, () -> {
            openIssuePanel(driver, JIRA, key);
            driver.findElement(inPanel(key, ".productops-evidence-capture")).click();
            visible(driver, By.id("productops-capture-title"));
            InsightsUi.screenshot(driver, "capture-dialog-768");
            InsightsUi.assertInsideWindow(driver, "the dialog", By.id("productops-capture-dialog"));
            InsightsUi.assertInsideWindow(driver, "Capture and link", By.cssSelector(".productops-capture-submit"));
            InsightsUi.assertInViewInDialog(driver, "Importance", By.id("productops-capture-importance"));
            InsightsUi.assertInViewInDialog(driver, "Note", By.id("productops-capture-note"));
            driver.findElement(By.id("productops-capture-title")).sendKeys(Keys.ESCAPE);
            waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-capture-dialog")));
        });
    }

    /** A mark on the window object that a page load would wipe out. */
    private void markPage() {
        InsightsUi.script(driver, "window.productopsTestMark = true;");
    }

    private boolean pageIsMarked() {
        return Boolean.TRUE.equals(InsightsUi.script(driver, "return window.productopsTestMark === true;"));
    }

    /** Asked in the page: the panel redraws while focus moves, which would make a WebElement handle go stale. */
    private void waitForFocusOn(String cssClass) {
        waitFor(driver).until(d -> Boolean.TRUE.equals(InsightsUi.script(d,
                "return !!document.activeElement && document.activeElement.classList.contains(arguments[0]);", cssClass)));
    }
}

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static dev.productops.standin.browser.InsightsUi.inPanel;
import static dev.productops.standin.browser.InsightsUi.openIssuePanel;
import static dev.productops.standin.browser.InsightsUi.openLibrary;
import static dev.productops.standin.browser.InsightsUi.visible;
import static dev.productops.standin.browser.InsightsUi.waitFor;
import static dev.productops.standin.browser.InsightsUi.waitForText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Issue 16's keyboard rules on the insight pages: dialogs keep Tab inside, Escape closes them and gives focus back to
 * what opened them, and every action that redraws a list (save, delete, merge, page change) leaves focus on a sensible
 * element rather than on the page's body.
 */
public class InsightsKeyboardIT {
    private static final String PREFIX = "Keyboard Kite ";
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private final WebDriver driver = BROWSER.driver();

    /** More than one page (25) of customers and of insights whose names only these tests use. */
    @BeforeClass
    public static void twoPagesOfEach() throws Exception {
        for (int i = 1; i <= 27; i++) {
            InsightsUi.customer(JIRA, PREFIX + String.format("%02d", i), "SMB", i * 1000L);
            InsightsUi.insight(JIRA, PREFIX + "insight " + String.format("%02d", i), "Said by kite " + i, "survey", null,
                    Map.of(), List.of());
        }
    }

    @Test
    public void theCustomerDialogsKeepFocusInsideAndGiveItBackAfterCancelSaveAndDelete() {
        openCustomers("keyboard+kite+0");
        WebElement edit = driver.findElement(By.xpath("//tr[th[text()='" + PREFIX + "01']]//button[text()='Edit']"));
        edit.sendKeys(Keys.ENTER);
        WebElement name = visible(driver, By.id("productops-customer-name"));
        waitFor(driver).until(d -> name.equals(d.switchTo().activeElement()));
        assertTabStaysIn(By.id("productops-customer-edit-dialog"), 10);
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-customer-edit-dialog")));
        assertEquals("Escape gives focus back to Edit", "Edit " + PREFIX + "01", focused().getAttribute("aria-label"));

        focused().sendKeys(Keys.ENTER);
        WebElement rename = visible(driver, By.id("productops-customer-name"));
        rename.clear();
        rename.sendKeys(PREFIX + "01 AS" + Keys.ENTER);
        waitForText(driver, By.cssSelector(".productops-customers-list"), PREFIX + "01 AS");
        waitFor(driver).until(d -> ("Edit " + PREFIX + "01 AS").equals(focused().getAttribute("aria-label")));

        driver.findElement(By.xpath("//tr[th[text()='" + PREFIX + "02']]//button[text()='Delete']")).sendKeys(Keys.ENTER);
        visible(driver, By.id("productops-customer-delete-dialog-confirm"));
        assertTabStaysIn(By.id("productops-customer-delete-dialog"), 4);
        driver.findElement(By.id("productops-customer-delete-dialog-confirm")).sendKeys(Keys.ENTER);
        waitForText(driver, By.cssSelector(".productops-customers-count"), "8 customers");
        waitFor(driver).until(d -> focused().getAttribute("class").contains("productops-customers-count"));
    }

    @Test
    public void pagingCustomersKeepsFocusOnThePagerButton() {
        openCustomers("keyboard+kite");
        WebElement next = driver.findElement(By.cssSelector(".productops-customers-next"));
        next.sendKeys(Keys.ENTER);
        waitForText(driver, By.cssSelector(".productops-customers-range"), "26–");
        // Next is disabled on the last page, so focus moves to Previous instead of being lost.
        waitFor(driver).until(d -> focused().getAttribute("class").contains("productops-customers-previous"));
        focused().sendKeys(Keys.ENTER);
        waitForText(driver, By.cssSelector(".productops-customers-range"), "1–25");
        waitFor(driver).until(d -> focused().getAttribute("class").contains("productops-customers-next"));
    }

    @Test
    public void theInsightDialogTrapsTabReturnsFocusOnEscapeAndAfterADelete() {
        openLibrary(driver, JIRA, "query=keyboard+kite+insight&orderBy=title");
        WebElement link = driver.findElement(By.xpath("//a[text()='" + PREFIX + "insight 01']"));
        link.sendKeys(Keys.ENTER);
        waitForText(driver, By.cssSelector("#productops-insight-dialog .aui-dialog2-header-main"), PREFIX + "insight 01");
        visible(driver, By.cssSelector(".productops-insight-edit"));
        assertTabStaysIn(By.id("productops-insight-dialog"), 12);
        focused().sendKeys(Keys.ESCAPE);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-insight-dialog")));
        assertEquals("Escape gives focus back to the result", PREFIX + "insight 01", focused().getText());

        focused().sendKeys(Keys.ENTER);
        visible(driver, By.cssSelector(".productops-insight-delete")).sendKeys(Keys.ENTER);
        visible(driver, By.cssSelector(".productops-insight-delete-confirm")).sendKeys(Keys.ENTER);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-insight-dialog")));
        waitFor(driver).until(d -> d.findElements(By.xpath("//a[text()='" + PREFIX + "insight 01']")).isEmpty());
        waitFor(driver).until(d -> focused().getAttribute("class").contains("productops-library-count"));
    }

    @Test
    public void aNewPageOfInsightsPutsFocusOnItsFirstResult() {
        openLibrary(driver, JIRA, "query=keyboard+kite+insight&orderBy=title");
        driver.findElement(By.cssSelector(".productops-library-next")).sendKeys(Keys.ENTER);
        waitForText(driver, By.cssSelector(".productops-library-page"), "Page 2 of 2");
        waitFor(driver).until(d -> focused().getAttribute("class").contains("productops-library-open")
                && focused().getText().startsWith(PREFIX + "insight 2"));
    }

    @Test
    public void theCaptureDialogTrapsTabAndEscapeReturnsToItsButton() {
        String key = InsightsUi.issuesWithoutEvidence(JIRA, "CHK").get(0);
        openIssuePanel(driver, JIRA, key);
        driver.findElement(inPanel(key, ".productops-evidence-capture")).sendKeys(Keys.ENTER);
        WebElement title = visible(driver, By.id("productops-capture-title"));
        waitFor(driver).until(d -> title.equals(d.switchTo().activeElement()));
        assertTabStaysIn(By.id("productops-capture-dialog"), 16);
        focused().sendKeys(Keys.ESCAPE);
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-capture-dialog")));
        assertTrue("focus is back on Capture insight", focused().getAttribute("class").contains("productops-evidence-capture"));
    }

    private void openCustomers(String query) {
        driver.get(JIRA.url("/plugins/servlet/productops/customers?query=" + query));
        waitFor(driver).until(d -> !d.findElement(By.cssSelector(".productops-customers-count")).getText().isEmpty()
                && d.findElements(By.cssSelector(".productops-customers-table[aria-busy='true']")).isEmpty());
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Tabs forward more times than the dialog has stops, and backwards once: focus never leaves it. */
    private void assertTabStaysIn(By dialog, int tabs) {
        WebElement box = driver.findElement(dialog);
        for (int i = 0; i < tabs; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertTrue("Tab " + (i + 1) + " left the dialog for " + focused().getTagName() + "." + focused().getAttribute("class"),
                    Boolean.TRUE.equals(InsightsUi.script(driver, "return arguments[0].contains(document.activeElement);", box)));
        }
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertTrue("Shift+Tab left the dialog",
                Boolean.TRUE.equals(InsightsUi.script(driver, "return arguments[0].contains(document.activeElement);", box)));
    }
}

package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.rules.TestRule;
import org.junit.rules.RuleChain;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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
import static org.junit.Assert.assertTrue;

/** The Insights library page: search, filters, sort, paging, an insight's details, editing, links and deleting. */
public class InsightsLibraryIT {
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private static final By COUNT = By.cssSelector(".productops-library-count");
    private static final By TITLES = By.cssSelector(".productops-library-result-title");
    private static final By DIALOG = By.id("productops-insight-dialog");

    private final WebDriver driver = BROWSER.driver();

    @Test
    public void insightsAreFoundBySearchingAndFilteringAndSorted() throws Exception {
        int zorg = InsightsUi.customer(JIRA, "Zorg Industries", "SMB", 100_000);
        int initrode = InsightsUi.customer(JIRA, "Initrode", "Enterprise", 0);
        String mobile = InsightsUi.issuesWithoutEvidence(JIRA, "MOB").get(0);
        InsightsUi.insight(JIRA, "Zebracorn pricing page confuses buyers", "Which plan has SSO?", "interview", zorg,
                Map.of(), List.of("pricing"));
        InsightsUi.insight(JIRA, "Zebracorn onboarding survey: too many steps", "Seven screens before the first payment.", "survey",
                initrode, Map.of(), List.of("onboarding"));
        InsightsUi.insight(JIRA, "Zebracorn app crashes on login", "Crashes every time on Android 14.", "survey", null,
                Map.of(mobile, 3), List.of());
        InsightsUi.insight(JIRA, "Something else entirely", "Not about the mythical animal.", "survey", null, Map.of(), List.of());

        openLibrary(driver, JIRA, null);
        WebElement search = driver.findElement(By.id("productops-library-query"));
        search.sendKeys("zebracorn");
        waitForText(driver, COUNT, "Showing 1–3 of 3");
        InsightsUi.screenshot(driver, "library-search");

        new Select(driver.findElement(By.id("productops-library-source"))).selectByVisibleText("Survey");
        waitForText(driver, COUNT, "Showing 1–2 of 2");

        driver.findElement(By.id("productops-library-segment")).sendKeys("enterprise");
        waitForText(driver, COUNT, "Showing 1–1 of 1");
        assertEquals("Zebracorn onboarding survey: too many steps", driver.findElement(TITLES).getText());
        assertThat(driver.findElement(By.cssSelector(".productops-library-result")).getText(),
                containsString("Initrode (Enterprise) · Survey"));

        // Other tests' insights are in the library too: cleared filters show more than the three.
        driver.findElement(By.cssSelector(".productops-library-clear")).click();
        waitFor(driver).until(d -> !d.findElement(COUNT).getText().endsWith(" of 1") && d.findElement(COUNT).getText().startsWith("Showing 1–"));
        assertEquals("", search.getAttribute("value"));
        assertEquals("", driver.findElement(By.id("productops-library-segment")).getAttribute("value"));

        search.sendKeys("zebracorn");
        driver.findElement(By.id("productops-library-tag")).sendKeys("pricing");
        waitForText(driver, COUNT, "Showing 1–1 of 1");
        assertEquals("Zebracorn pricing page confuses buyers", driver.findElement(TITLES).getText());

        driver.findElement(By.cssSelector(".productops-library-clear")).click();
        InsightsUi.pickCustomer(driver, "productops-library-customer", "zorg", "Zorg Industries");
        waitForText(driver, COUNT, "Showing 1–1 of 1");
        assertEquals("Zebracorn pricing page confuses buyers", driver.findElement(TITLES).getText());

        driver.findElement(By.cssSelector(".productops-library-clear")).click();
        driver.findElement(By.id("productops-library-issue-key")).sendKeys(mobile.toLowerCase());
        waitForText(driver, COUNT, "Showing 1–1 of 1");
        assertEquals("Zebracorn app crashes on login", driver.findElement(TITLES).getText());
        assertThat("the search is in the address bar", driver.getCurrentUrl(), containsString("issueKey=" + mobile));

        driver.findElement(By.cssSelector(".productops-library-clear")).click();
        search.sendKeys("zebracorn");
        waitForText(driver, COUNT, "Showing 1–3 of 3");
        new Select(driver.findElement(By.id("productops-library-order"))).selectByVisibleText("Title A–Z");
        waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> titles().equals(List.of("Zebracorn app crashes on login",
                "Zebracorn onboarding survey: too many steps", "Zebracorn pricing page confuses buyers")));

        search.clear();
        search.sendKeys("no such words anywhere");
        waitForText(driver, By.cssSelector(".productops-library-empty"), "No insights match");
    }

    @Test
    public void eachResultSaysWhenTheEvidenceWasCapturedAndWhichIssuesItIsLinkedTo() throws Exception {
        List<String> keys = List.of("PAY-2", "CHK-3", "MOB-5", "PLAT-6");
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("title", "Marmot Freight needs purchase order numbers on invoices");
        body.put("source", "sales-call");
        body.put("capturedOn", "2026-03-14");
        body.put("links", keys.stream().map(key -> Map.of("issueKey", key, "importance", 2)).toList());
        InsightsUi.post(JIRA, "admin", "/insights", body);

        openLibrary(driver, JIRA, "query=marmot");
        waitForText(driver, COUNT, "Showing 1–1 of 1");
        String meta = driver.findElement(By.cssSelector(".productops-library-meta")).getText();
        assertThat(meta, containsString("Captured Mar 14, 2026"));
        assertThat(meta, not(containsString("Added")));
        List<String> shown = driver.findElements(By.cssSelector(".productops-library-meta a")).stream().map(WebElement::getText).toList();
        assertEquals("the first three keys, each a link to its issue", 3, shown.size());
        assertTrue(shown + " are among " + keys, keys.containsAll(shown));
        assertThat(meta, containsString("Linked to " + String.join(", ", shown) + " +1 more"));
    }

    @Test
    public void issuesAreSuggestedByKeyOrSummaryWhereAnIssueIsTyped() throws Exception {
        InsightsUi.insight(JIRA, "Numbat evidence for the issue picker", "q", "survey", null, Map.of(), List.of());
        openLibrary(driver, JIRA, "query=numbat");

        // Linking from the insight's dialog, by the start of a key.
        driver.findElement(By.cssSelector(".productops-library-open")).click();
        WebElement key = visible(driver, By.id("productops-insight-add-key"));
        key.sendKeys("PAY-7");
        assertThat(InsightsUi.suggestions(driver, key), org.hamcrest.CoreMatchers.hasItem("PAY-7"));
        driver.findElement(By.cssSelector(".productops-insight-close")).click();

        // The filter, by words of the summary (Jira's issue picker searches both).
        WebElement filter = driver.findElement(By.id("productops-library-issue-key"));
        filter.sendKeys("card vault");
        assertThat(InsightsUi.suggestions(driver, filter), org.hamcrest.CoreMatchers.hasItem("PAY-7"));
    }

    @Test
    public void theTagFilterSuggestsTagsInUse() throws Exception {
        String tag = "Quokka-" + System.nanoTime();
        InsightsUi.insight(JIRA, "Tagged for the filter", "q", "survey", null, Map.of(), List.of(tag));
        openLibrary(driver, JIRA, "");
        WebElement filter = driver.findElement(By.id("productops-library-tag"));
        filter.sendKeys("quokka-");
        String list = filter.getAttribute("list");
        waitFor(driver).until(d -> !d.findElements(By.cssSelector("#" + list + " option")).isEmpty());
        assertEquals(List.of(tag), driver.findElements(By.cssSelector("#" + list + " option")).stream()
                .map(option -> option.getAttribute("value")).toList());
    }

    @Test
    public void anInsightIsCapturedFromTheLibraryWithoutAnIssue() throws Exception {
        openLibrary(driver, JIRA, "query=wombat");
        WebElement capture = driver.findElement(By.cssSelector(".productops-library-capture"));
        assertEquals("Capture insight", capture.getText());
        capture.click();
        WebElement title = visible(driver, By.id("productops-capture-title"));
        assertEquals("Capture insight", driver.findElement(By.cssSelector("#productops-capture-dialog .aui-dialog2-header-main")).getText());
        assertTrue("no issue to link to, so no importance is asked",
                driver.findElements(By.id("productops-capture-importance")).isEmpty());
        title.sendKeys("Wombat export for auditors");
        driver.findElement(By.id("productops-capture-quote")).sendKeys("Our auditors want every refund in one file.");
        driver.findElement(By.cssSelector(".productops-capture-submit")).click();

        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("productops-capture-dialog")));
        waitForText(driver, COUNT, "Showing 1–1 of 1");
        waitFor(driver).until(d -> "Wombat export for auditors".equals(d.switchTo().activeElement().getText()));
        com.fasterxml.jackson.databind.JsonNode stored = InsightsUi.get(JIRA, "admin", "/insights?query=wombat").get("values").get(0);
        assertEquals("Our auditors want every refund in one file.", stored.get("quote").asText());
        assertEquals(0, stored.get("links").size());
    }

    @Test
    public void theInsightDialogFitsA768PixelWindow() throws Exception {
        InsightsUi.insight(JIRA, "Narrow screens cut the invoice table", "On my tablet the table is cut off.", "review", null,
                Map.of("DATA-3", 2), List.of("tablet"));
        InsightsUi.atTabletSize(driver, () -> {
            openLibrary(driver, JIRA, "query=narrow+screens");
            driver.findElement(By.cssSelector(".productops-library-open")).click();
            waitForText(driver, By.cssSelector("#productops-insight-dialog .aui-dialog2-header-main"), "Narrow screens cut the invoice table");
            visible(driver, By.cssSelector(".productops-insight-edit"));
            InsightsUi.screenshot(driver, "insight-dialog-768");
            InsightsUi.assertInsideWindow(driver, "the dialog", By.id("productops-insight-dialog"));
            InsightsUi.assertInsideWindow(driver, "Edit", By.cssSelector(".productops-insight-edit"));
            assertEquals("no sideways scrolling inside the dialog", Boolean.TRUE, InsightsUi.script(driver,
                    "var c = document.querySelector('#productops-insight-dialog .aui-dialog2-content'); return c.scrollWidth <= c.clientWidth;"));
            driver.findElement(By.cssSelector(".productops-insight-close")).click();
        });
    }

    @Test
    public void backUndoesAFilterInsteadOfLeavingTheLibrary() throws Exception {
        InsightsUi.insight(JIRA, "Heron survey: exports are slow", "", "survey", null, Map.of(), List.of());
        InsightsUi.insight(JIRA, "Heron interview: exports are slow", "", "interview", null, Map.of(), List.of());
        openLibrary(driver, JIRA, "query=heron");
        waitForText(driver, COUNT, "Showing 1–2 of 2");
        new Select(driver.findElement(By.id("productops-library-source"))).selectByVisibleText("Survey");
        waitForText(driver, COUNT, "Showing 1–1 of 1");
        waitFor(driver).until(d -> d.getCurrentUrl().contains("source=survey"));

        driver.navigate().back();
        waitForText(driver, COUNT, "Showing 1–2 of 2");
        assertThat(driver.getCurrentUrl(), containsString("/plugins/servlet/productops/insights?query=heron"));
        assertThat(driver.getCurrentUrl(), not(containsString("source=")));
        assertEquals("", new Select(driver.findElement(By.id("productops-library-source"))).getFirstSelectedOption().getAttribute("value"));

        driver.navigate().forward();
        waitForText(driver, COUNT, "Showing 1–1 of 1");
        assertEquals("survey", new Select(driver.findElement(By.id("productops-library-source"))).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    public void manyResultsArePaged() throws Exception {
        for (int i = 1; i <= 27; i++) {
            InsightsUi.insight(JIRA, "Paging quokka " + i, "", "other", null, Map.of(), List.of());
        }
        openLibrary(driver, JIRA, "query=quokka");
        waitForText(driver, COUNT, "Showing 1–25 of 27");
        assertEquals(25, driver.findElements(TITLES).size());
        assertTrue(driver.findElement(By.cssSelector(".productops-library-previous")).getAttribute("disabled") != null);
        driver.findElement(By.cssSelector(".productops-library-next")).click();
        waitForText(driver, COUNT, "Showing 26–27 of 27");
        assertEquals(2, driver.findElements(TITLES).size());
        assertEquals("Page 2 of 2", driver.findElement(By.cssSelector(".productops-library-page")).getText());
        assertTrue(driver.findElement(By.cssSelector(".productops-library-next")).getAttribute("disabled") != null);
        driver.findElement(By.cssSelector(".productops-library-previous")).click();
        waitForText(driver, COUNT, "Showing 1–25 of 27");
    }

    @Test
    public void anInsightIsOpenedEditedRelinkedAndDeleted() throws Exception {
        InsightsUi.insight(JIRA, "Checkout timeouts at peak", "Black Friday: 1 in 5 checkouts timed out.\nWe lost orders.",
                "support-ticket", null, Map.of("CHK-1", 2), List.of("peak"));
        String chk1Summary = JIRA.standIn().data().issueByKey("CHK-1").orElseThrow().summary();
        openLibrary(driver, JIRA, "query=peak");
        waitForText(driver, COUNT, "Showing 1–1 of 1");

        driver.findElement(By.cssSelector(".productops-library-open")).click();
        WebElement dialog = visible(driver, DIALOG);
        waitForText(driver, By.cssSelector("#productops-insight-dialog .aui-dialog2-header-main"), "Checkout timeouts at peak");
        assertThat(dialog.findElement(By.cssSelector(".productops-insight-quote")).getText(), containsString("We lost orders."));
        WebElement chk1 = dialog.findElement(By.cssSelector("tr[data-issue-key='CHK-1']"));
        assertThat(chk1.getText(), containsString(chk1Summary));
        assertTrue(chk1.findElement(By.linkText("CHK-1")).getAttribute("href").endsWith("/jira/browse/CHK-1"));
        assertThat(driver.getCurrentUrl(), containsString("insight="));
        InsightsUi.screenshot(driver, "library-insight-dialog");

        // Edit: new title, a source link and tags.
        dialog.findElement(By.cssSelector(".productops-insight-edit")).click();
        WebElement title = visible(driver, By.id("productops-edit-title"));
        assertThat(driver.findElement(By.cssSelector(".productops-insight-form")).getText(), not(containsString("null")));
        title.clear();
        title.sendKeys("Checkout times out under peak load");
        WebElement tags = driver.findElement(By.id("productops-edit-tags"));
        tags.clear();
        tags.sendKeys("peak, reliability");
        InsightsUi.screenshot(driver, "library-insight-edit");
        driver.findElement(By.cssSelector(".productops-insight-save")).click();
        waitForText(driver, By.cssSelector("#productops-insight-dialog .aui-dialog2-header-main"), "Checkout times out under peak load");
        waitForText(driver, By.cssSelector(".productops-insight-messages"), "Your changes are saved.");
        assertThat(driver.findElement(By.cssSelector(".productops-insight-facts")).getText(), containsString("reliability"));
        waitForText(driver, TITLES, "Checkout times out under peak load");

        // Links: add PAY-6 as critical, change CHK-1 to nice to have, remove CHK-1.
        driver.findElement(By.id("productops-insight-add-key")).sendKeys("pay-6");
        new Select(driver.findElement(By.id("productops-insight-add-importance"))).selectByVisibleText("Critical");
        driver.findElement(By.cssSelector(".productops-insight-add-submit")).click();
        waitForText(driver, By.cssSelector(".productops-insight-messages"), "PAY-6 is linked as Critical.");
        assertEquals("3", new Select(driver.findElement(By.cssSelector("tr[data-issue-key='PAY-6'] select")))
                .getFirstSelectedOption().getAttribute("value"));
        new Select(driver.findElement(By.cssSelector("tr[data-issue-key='CHK-1'] select"))).selectByVisibleText("Nice to have");
        waitForText(driver, By.cssSelector(".productops-insight-messages"), "CHK-1 is linked as Nice to have.");
        driver.findElement(By.cssSelector("tr[data-issue-key='CHK-1'] .productops-insight-unlink")).click();
        waitForText(driver, By.cssSelector(".productops-insight-messages"), "The link to CHK-1 is removed.");
        assertTrue(driver.findElements(By.cssSelector("tr[data-issue-key='CHK-1']")).isEmpty());
        assertEquals("Linked issues (1)", driver.findElement(By.id("productops-insight-links-title")).getText());

        // An issue that does not exist is refused with the server's words, and nothing is linked.
        driver.findElement(By.id("productops-insight-add-key")).sendKeys("NOPE-1");
        driver.findElement(By.cssSelector(".productops-insight-add-submit")).click();
        waitForText(driver, By.cssSelector(".productops-insight-messages"), "does not exist or you do not have permission");
        InsightsUi.screenshot(driver, "library-insight-links");

        // Delete, after confirming.
        driver.findElement(By.cssSelector(".productops-insight-delete")).click();
        waitForText(driver, By.cssSelector(".productops-insight-messages"), "Delete “Checkout times out under peak load”?");
        InsightsUi.screenshot(driver, "library-insight-delete-confirm");
        driver.findElement(By.cssSelector(".productops-insight-delete-confirm")).click();
        waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        waitForText(driver, By.cssSelector(".productops-library-empty"), "No insights match");
        assertThat(driver.getCurrentUrl(), not(containsString("insight=")));
    }

    @Test
    public void aPresetIssueKeyFromTheAddressShowsThatIssuesEvidence() throws Exception {
        String platform = InsightsUi.issuesWithoutEvidence(JIRA, "PLAT").get(0);
        InsightsUi.insight(JIRA, "Platform quotas surprise admins", "", "review", null, Map.of(platform, 1), List.of());
        openLibrary(driver, JIRA, "issueKey=" + platform);
        waitForText(driver, COUNT, "Showing 1–1 of 1");
        assertEquals(platform, driver.findElement(By.id("productops-library-issue-key")).getAttribute("value"));
        assertEquals("Platform quotas surprise admins", driver.findElement(TITLES).getText());
    }

    private List<String> titles() {
        return driver.findElements(TITLES).stream().map(WebElement::getText).toList();
    }
}

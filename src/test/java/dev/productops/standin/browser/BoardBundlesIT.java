package dev.productops.standin.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productops.standin.Browser;
import dev.productops.standin.RunningStandIn;
import dev.productops.standin.sample.DcaptOrganisation;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Issue 11, "readable lines", on a board too big to draw arrow by arrow: three DCAPT-shaped teams (dcapt:5000),
 * hundreds of problem dependencies over seven version columns. Many arrows between the same two cells, or from one
 * cell into one lane (and back), are one bundle with a count, not a fan of lines out of one "+N more" point; its count opens and closes it by mouse or keyboard;
 * and seven columns that do not fit the window make the page scroll sideways under sticky lane names, never a box
 * inside the page.
 */
public class BoardBundlesIT {
    private static final RunningStandIn JIRA = RunningStandIn.over(() ->
            DcaptOrganisation.generate(DcaptOrganisation.Size.parse("dcapt:5000"), 42L, LocalDate.now()));
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private static final String PROJECTS = "D003,D004,D005";
    /** The fewest arrows between two cells that the page draws as a bundle (board-arrows.js, BUNDLE_FROM). */
    private static final int BUNDLE_FROM = 5;
    private final WebDriver driver = BROWSER.driver();

    @After
    public void usualWindow() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    public void manyArrowsBetweenTwoCellsAreOneBundleWithTheirCount() throws Exception {
        driver.manage().window().setSize(new Dimension(1440, 1000));
        BoardPage.open(driver, JIRA, "?projects=" + PROJECTS);
        BoardPage.screenshot(driver, "board-dcapt-1440-bundles");
        Map<String, String> cellOf = cellsFromTheApi();

        // Between two cells, from a cell into a lane, from a lane into a cell: never a fan of single arrows.
        Map<String, Integer> arrowsByEnds = new HashMap<>();
        for (WebElement arrow : BoardPage.arrows(driver)) {
            String from = cellOf.get(arrow.getAttribute("data-from"));
            String to = cellOf.get(arrow.getAttribute("data-to"));
            arrowsByEnds.merge("cell " + from + " > cell " + to, 1, Integer::sum);
            arrowsByEnds.merge("cell " + from + " > lane " + laneOf(to), 1, Integer::sum);
            arrowsByEnds.merge("lane " + laneOf(from) + " > cell " + to, 1, Integer::sum);
        }
        arrowsByEnds.forEach((ends, count) -> assertTrue("no fan of single arrows: " + count + " from " + ends, count < BUNDLE_FROM));

        List<WebElement> counts = driver.findElements(By.className("productops-board-arrow-bundle-count"));
        assertTrue("a board this size has bundles", counts.size() > 0);
        int bundled = 0;
        for (WebElement count : counts) {
            int n = Integer.parseInt(count.getAttribute("data-count"));
            assertTrue(n >= BUNDLE_FROM);
            assertEquals("the badge shows its count", String.valueOf(n), count.getAttribute("textContent").replaceAll("[^0-9]", ""));
            assertTrue(count.getAttribute("aria-label"), count.getAttribute("aria-label").startsWith(n + " dependencies from "));
            bundled += n;
        }
        int shown = Integer.parseInt(driver.findElement(By.id("productops-board-showing")).getText().replaceAll("^\\D*(\\d[\\d,]*).*$", "$1").replace(",", ""));
        assertEquals("every dependency the page says it shows is an arrow or counted in a bundle", shown, bundled + BoardPage.arrows(driver).size());

        @SuppressWarnings("unchecked")
        List<String> overTitles = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var titles = [];
                document.querySelectorAll('.productops-board-card-top, .productops-board-card-summary').forEach(function (part) {
                  titles.push(part.getBoundingClientRect());
                });
                var over = [];
                document.querySelectorAll('.productops-board-arrow-bundle-count').forEach(function (badge) {
                  var b = badge.getBoundingClientRect();
                  titles.forEach(function (t) {
                    if (b.left < t.right && b.right > t.left && b.top < t.bottom && b.bottom > t.top) { over.push(badge.getAttribute('data-bundle')); }
                  });
                });
                return over;""");
        assertEquals("no count badge covers a card's title", List.of(), overTitles);
        Accessibility.assertNoSeriousViolations(driver, "board " + PROJECTS + " (dcapt:5000) with bundles, admin");
    }

    @Test
    public void aBundleOpensAndClosesByMouseAndByKeyboardKeepingFocusOnItsCount() {
        driver.manage().window().setSize(new Dimension(1440, 1000));
        BoardPage.open(driver, JIRA, "?projects=" + PROJECTS);
        WebElement count = driver.findElement(By.className("productops-board-arrow-bundle-count"));
        String bundle = count.getAttribute("data-bundle");
        int n = Integer.parseInt(count.getAttribute("data-count"));
        int arrows = BoardPage.arrows(driver).size();
        assertEquals("false", count.getAttribute("aria-expanded"));

        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", count);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        Browser.waitFor(driver).until(d -> BoardPage.arrows(d).size() == arrows + n);
        WebElement open = driver.switchTo().activeElement();
        assertEquals("focus stays on the bundle's count", bundle, open.getAttribute("data-bundle"));
        assertEquals("true", open.getAttribute("aria-expanded"));
        assertEquals(bundle + " is drawn arrow by arrow", 0,
                driver.findElements(By.cssSelector(".productops-board-arrow-bundle[data-bundle='" + bundle + "']")).size());

        new Actions(driver).moveToElement(open).click().perform();
        Browser.waitFor(driver).until(d -> BoardPage.arrows(d).size() == arrows);
        WebElement closed = driver.findElement(By.cssSelector(".productops-board-arrow-bundle-count[data-bundle='" + bundle + "']"));
        assertEquals("false", closed.getAttribute("aria-expanded"));
        assertEquals(1, driver.findElements(By.cssSelector(".productops-board-arrow-bundle[data-bundle='" + bundle + "']")).size());

        // A redraw when the window changes size replaces every count: the focused one gets the focus back.
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", closed);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(closed));
        Browser.waitFor(driver).until(d -> bundle.equals(d.switchTo().activeElement().getAttribute("data-bundle")));
    }

    /** Seven version columns need 1,556 px: at 1024 px the page scrolls sideways, lane names and column headers stick. */
    @Test
    public void columnsThatDoNotFitScrollThePageUnderStickyLaneNamesAndColumnHeaders() {
        driver.manage().window().setSize(new Dimension(1024, 900));
        BoardPage.open(driver, JIRA, "?projects=" + PROJECTS);
        Map<String, Number> layout = BoardPage.layout(driver);
        assertEquals("no box scrolls inside the page: " + layout, 0, layout.get("scrollingBoxes").intValue());
        assertTrue("the page scrolls sideways: " + layout, layout.get("pageOverflow").intValue() > 0);
        assertTrue("the last column is inside the board, reached by scrolling: " + layout,
                layout.get("lastColumnRight").doubleValue() <= layout.get("boardRight").doubleValue());

        BoardPage.scrollIntoGrid(driver, 100_000, 400);
        Map<String, Number> scrolled = BoardPage.layout(driver);
        BoardPage.screenshot(driver, "board-dcapt-1024-scrolled");
        assertEquals("lane names stick to the window's left edge: " + scrolled, 0, scrolled.get("laneNameLeft").doubleValue(), 1);
        assertEquals("column headers stick to the window's top: " + scrolled, 0, scrolled.get("headersTop").doubleValue(), 1);
        assertTrue("scrolled to the end, the last column is in the window: " + scrolled,
                scrolled.get("lastColumnRight").doubleValue() <= scrolled.get("window").doubleValue());
    }

    private static String laneOf(String cell) {
        return cell.substring(0, cell.lastIndexOf('|'));
    }

    /** Issue key → "lane|column" as the board's JSON places it, the other teams' cards in one lane. */
    private static Map<String, String> cellsFromTheApi() throws Exception {
        JsonNode board = RunningStandIn.json(JIRA.api("GET", "/board?projects=" + PROJECTS, "admin", null), 200);
        Map<String, String> cells = new HashMap<>();
        for (JsonNode card : board.get("cards")) {
            String lane = card.path("outOfScope").asBoolean() ? "other teams" : card.get("lane").asText();
            cells.put(card.get("issueKey").asText(), lane + "|" + card.get("column").asText());
        }
        return cells;
    }
}

package dev.productops.standin.browser;

import dev.productops.standin.Browser;
import dev.productops.standin.RunningStandIn;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A board an ops lead can read and use by keyboard (issues 11 and 16): arrows never over a card's text, the critical
 * path scrolled to and listed, no critical or serious axe-core violation in our markup with the popover pinned or the
 * edit form open, focus kept after redraws, skip links, and one Tab stop for the grid's cards.
 */
public class BoardReadableIT {
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private static final String BOARD = "?projects=PAY,CHK,PLAT";
    private final WebDriver driver = BROWSER.driver();

    /**
     * Every arrow is sampled along its length; where a sample lies inside a card's title box (its key and status row,
     * and its summary), the element the browser shows on top there must not be the arrow (it is the card, or a sticky
     * header the card has scrolled under).
     */
    private static final String ARROWS_OVER_TITLES = """
            var boxes = [];
            document.querySelectorAll('.productops-board-card').forEach(function (card) {
              card.querySelectorAll('.productops-board-card-top, .productops-board-card-summary').forEach(function (part) {
                boxes.push({card: card, rect: part.getBoundingClientRect()});
              });
            });
            var covered = 0, over = [];
            document.querySelectorAll('.productops-board-arrow-hit').forEach(function (path) {
              var length = path.getTotalLength(), matrix = path.getScreenCTM();
              for (var at = 0; at <= length; at += 4) {
                var p = path.getPointAtLength(at);
                var x = matrix.a * p.x + matrix.e, y = matrix.d * p.y + matrix.f;
                boxes.forEach(function (box) {
                  var r = box.rect;
                  if (x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1
                      && x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight) {
                    var top = document.elementFromPoint(x, y);
                    if (top && box.card.contains(top)) { covered++; }
                    else if (top && top.closest('.productops-board-arrows')) { over.push(path.parentNode.getAttribute('data-from') + '>' + path.parentNode.getAttribute('data-to')
                        + ' over ' + box.card.getAttribute('data-issue-key')); }
                  }
                });
              }
            });
            return {covered: covered, over: over.slice(0, 10)};""";

    @Test
    public void at1440NoArrowIsDrawnOverACardsTitle() {
        driver.manage().window().setSize(new Dimension(1440, 1000));
        try {
            BoardPage.open(driver, JIRA, BOARD + "&all=1");
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(ARROWS_OVER_TITLES);
            assertEquals("arrows drawn over a card's title: " + result.get("over"), List.of(), result.get("over"));
            assertTrue("some arrows pass behind cards, so the check saw something: " + result, ((Number) result.get("covered")).longValue() > 0);

            fillsTheWidthWithoutCuttingOffAColumn(1440);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * At 1024, 1440 and 1920 px: the page is the board's one scroll area, the grid takes the width it is given (the
     * four columns fit, none is cut off beside empty space), and the column headers stay in view as the page scrolls.
     * Screenshots go to target/screenshots for a look by eye.
     */
    @Test
    public void at1024And1440And1920TheBoardFillsThePageWhichIsItsOneScrollArea() throws IOException {
        try {
            for (int width : new int[]{1024, 1440, 1920}) {
                driver.manage().window().setSize(new Dimension(width, 1000));
                BoardPage.open(driver, JIRA, BOARD);
                screenshot("board-" + width);
                assertTrue(driver.findElement(By.className("productops-board-problems")).isDisplayed());
                fillsTheWidthWithoutCuttingOffAColumn(width);

                BoardPage.scrollIntoGrid(driver, 0, 400);
                Map<String, Number> scrolled = BoardPage.layout(driver);
                screenshot("board-" + width + "-scrolled");
                assertEquals("at " + width + " px the column headers stick to the top of the window: " + scrolled,
                        0, scrolled.get("headersTop").doubleValue(), 1);
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void fillsTheWidthWithoutCuttingOffAColumn(int width) {
        Map<String, Number> layout = BoardPage.layout(driver);
        assertEquals("at " + width + " px no box scrolls inside the page: " + layout, 0, layout.get("scrollingBoxes").intValue());
        assertTrue("at " + width + " px the board uses the width beside it: " + layout, layout.get("emptyBesideBoard").doubleValue() <= 1);
        assertTrue("at " + width + " px the four columns fit, the page does not scroll sideways: " + layout, layout.get("pageOverflow").intValue() <= 0);
        assertTrue("at " + width + " px the last column is not cut off: " + layout,
                layout.get("lastColumnRight").doubleValue() <= Math.min(layout.get("boardRight").doubleValue(), layout.get("window").doubleValue()));
    }

    private void screenshot(String name) throws IOException {
        Path shot = Paths.get("target/screenshots/" + name + ".png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    public void theCriticalPathIsListedAndScrolledTo() {
        BoardPage.open(driver, JIRA, BOARD);
        WebElement grid = BoardPage.grid(driver);
        driver.findElement(By.id("productops-board-critical")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("productops-board-critical-list")));
        BoardPage.waitUntilSettled(driver);
        assertEquals("focus stays on the toggle", "productops-board-critical", driver.switchTo().activeElement().getAttribute("id"));
        List<WebElement> steps = driver.findElements(By.className("productops-board-critical-step"));
        assertTrue(steps.size() > 1);
        String first = steps.get(0).getAttribute("data-issue-key");
        Browser.waitFor(driver).until(d -> visibleInScrollArea(first));
        String last = steps.get(steps.size() - 1).getAttribute("data-issue-key");
        driver.findElements(By.className("productops-board-critical-step")).get(steps.size() - 1).click();
        Browser.waitFor(driver).until(d -> visibleInScrollArea(last));
    }

    /** In the window and clear of the sticky column headers and lane names, which would otherwise cover it. */
    private boolean visibleInScrollArea(String key) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                var card = document.querySelector('.productops-board-card[data-issue-key="' + arguments[0] + '"]');
                if (!card) { return false; }
                var headers = document.querySelector('.productops-board-header-row').getBoundingClientRect();
                var lane = document.querySelector('.productops-board-lane-header').getBoundingClientRect();
                var r = card.getBoundingClientRect();
                return r.top >= Math.max(0, headers.bottom) && r.bottom <= window.innerHeight
                    && r.left >= Math.max(0, lane.right) && r.right <= document.documentElement.clientWidth;""", key);
    }

    @Test
    public void noSeriousAxeViolationInTheBoardThePinnedPopoverOrTheEditForm() {
        BoardPage.open(driver, JIRA, BOARD);
        Accessibility.assertNoSeriousViolations(driver, "board PAY,CHK,PLAT, admin");
        WebElement arrow = BoardPage.arrow(driver, "PAY-7", "CHK-12");
        arrow.findElement(By.className("productops-board-arrow-hit")).sendKeys(Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#productops-board-dependency .productops-board-history, "
                + "#productops-board-dependency .productops-board-accountability p")));
        Accessibility.assertNoSeriousViolations(driver, "board, dependency popover pinned, admin");
        driver.switchTo().activeElement().click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#productops-board-dependency form.productops-board-edit")));
        Accessibility.assertNoSeriousViolations(driver, "board, dependency edit form, admin");
    }

    @Test
    public void byKeyboardSkipLinksOneTabStopForTheGridAndFocusKeptAfterRedraws() throws IOException {
        BoardPage.open(driver, JIRA, BOARD);
        fromTheTop();
        int toProblems = tabsUntil(() -> "productops-board-problems-title".equals(activeId()) || isSkip("problems"), 400);
        if (isSkip("problems")) {
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            assertEquals("productops-board-problems-title", activeId());
        }
        BoardPage.open(driver, JIRA, BOARD);
        fromTheTop();
        int toArrow = tabsUntil(() -> "productops-board-arrow-hit".equals(driver.switchTo().activeElement().getAttribute("class")), 400);
        Files.createDirectories(Paths.get("target/axe"));
        Files.writeString(Paths.get("target/axe/tab-counts.tsv"), "board PAY,CHK,PLAT\tTabs to the problems list (its skip link)\t" + toProblems
                + "\tTabs to the first arrow\t" + toArrow + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertTrue("the problems list is a few Tabs away (Jira's header links come first): " + toProblems, toProblems <= 12);
        assertTrue("the first arrow is reached without tabbing through every card (118 before): " + toArrow, toArrow <= 50);

        // Arrow keys move between the grid's cards; the grid is one Tab stop.
        BoardPage.open(driver, JIRA, BOARD);
        WebElement firstCard = driver.findElement(By.cssSelector(".productops-board-grid [tabindex='0']"));
        assertEquals(1, driver.findElements(By.cssSelector(".productops-board-grid .productops-board-card [tabindex='0']")).size());
        firstCard.sendKeys(Keys.ARROW_RIGHT);
        WebElement second = driver.switchTo().activeElement();
        assertTrue(second.getAttribute("class").contains("productops-board-card"));
        assertEquals("0", second.getAttribute("tabindex"));
        assertEquals("-1", firstCard.getAttribute("tabindex"));

        // "Show the dependencies of …" redraws the board; focus comes back to the button, not to the page.
        WebElement focusButton = driver.findElement(By.cssSelector(".productops-board-card[data-issue-key='PAY-7'] .productops-board-card-focus"));
        assertThat(focusButton.getAttribute("aria-label"), containsString(focusButton.getText().trim()));
        WebElement grid = BoardPage.grid(driver);
        new Actions(driver).moveToElement(focusButton).perform();
        focusButton.sendKeys(Keys.ENTER);
        BoardPage.waitForNewBoard(driver, grid);
        Browser.waitFor(driver).until(d -> "PAY-7".equals(d.switchTo().activeElement().getAttribute("data-issue-key")));
    }

    /** Sequential focus starts at the top of the page, as after loading it. */
    private void fromTheTop() {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.body.setAttribute('tabindex', '-1');"
                + " document.body.focus(); document.body.removeAttribute('tabindex');");
    }

    private String activeId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    private boolean isSkip(String which) {
        return which.equals(driver.switchTo().activeElement().getAttribute("data-skip"));
    }

    private int tabsUntil(java.util.function.BooleanSupplier reached, int limit) {
        for (int tabs = 1; tabs <= limit; tabs++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (reached.getAsBoolean()) {
                return tabs;
            }
        }
        throw new AssertionError("not reached in " + limit + " Tabs");
    }
}

package dev.productops.standin.browser;

import dev.productops.standin.Browser;
import dev.productops.standin.RunningStandIn;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dependency board page as its browser tests use it: open, wait for the board, read totals, arrows and problems. */
final class BoardPage {
    static final String PATH = "/plugins/servlet/productops/board";
    /** Set (e.g. -Dproductops.screenshots=target/screenshots) to keep a PNG of chosen moments for a look by eye. */
    private static final String SCREENSHOTS = System.getProperty("productops.screenshots");

    private BoardPage() {
    }

    static WebDriver logIn(RunningStandIn jira, String user) throws IOException {
        WebDriver driver = Browser.start();
        driver.get(jira.url("/login.jsp"));
        Browser.waitForPage(driver);
        Browser.logIn(driver, user);
        Browser.waitForPage(driver);
        return driver;
    }

    /** Opens the board with a query such as "?projects=PAY,CHK" and waits until it has settled (board, empty state or error). */
    static void open(WebDriver driver, RunningStandIn jira, String query) {
        driver.get(jira.url(PATH + query));
        waitUntilSettled(driver);
    }

    static void waitUntilSettled(WebDriver driver) {
        Browser.waitFor(driver).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".productops-board-grid[data-ready='true']")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".productops-board-empty")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".productops-board-error")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".productops-board-scroll > .aui-message"))));
    }

    /** Waits for a board drawn after the current one (after a filter change or a save), so old arrows are never read. */
    static void waitForNewBoard(WebDriver driver, WebElement oldGrid) {
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(oldGrid));
        waitUntilSettled(driver);
    }

    static WebElement grid(WebDriver driver) {
        return driver.findElement(By.cssSelector(".productops-board-grid"));
    }

    /** State → count as the summary bar shows it. */
    static Map<String, Integer> totals(WebDriver driver) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (WebElement total : driver.findElements(By.cssSelector(".productops-board-total[data-state]"))) {
            String count = total.findElement(By.className("productops-board-total-count")).getText().replaceAll("[^0-9]", "");
            totals.put(total.getAttribute("data-state"), Integer.parseInt(count));
        }
        return totals;
    }

    static int sum(Map<String, Integer> totals) {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    static List<WebElement> arrows(WebDriver driver) {
        return driver.findElements(By.cssSelector(".productops-board-arrow"));
    }

    static WebElement arrow(WebDriver driver, String from, String to) {
        return driver.findElement(By.cssSelector(".productops-board-arrow[data-from='" + from + "'][data-to='" + to + "']"));
    }

    static WebElement card(WebDriver driver, String issueKey) {
        return driver.findElement(By.cssSelector(".productops-board-card[data-issue-key='" + issueKey + "']"));
    }

    static List<WebElement> problems(WebDriver driver) {
        return driver.findElements(By.cssSelector(".productops-board-problem"));
    }

    static WebElement problem(WebDriver driver, String kind, String members) {
        return driver.findElement(By.cssSelector(".productops-board-problem[data-kind='" + kind + "'][data-members='" + members + "']"));
    }

    /** Keyboard focus on an arrow (its focusable stroke), as Tab would give it. */
    static void focus(WebDriver driver, WebElement arrow) {
        WebElement hit = arrow.findElement(By.cssSelector(".productops-board-arrow-hit"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", hit);
    }

    static WebElement popover(WebDriver driver) {
        return Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("productops-board-dependency")));
    }

    static String query(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return window.location.search");
    }

    /**
     * Where the board sits in the window: the boxes between the grid and the page that scroll (there should be none:
     * the page is the one scroll area), how far the page scrolls sideways, how much width is left empty beside the
     * board, the last column's right edge against the board's and the window's, and where the sticky column headers
     * and the first lane name are.
     */
    static Map<String, Number> layout(WebDriver driver) {
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                var grid = document.querySelector('.productops-board-grid');
                var scrolling = 0;
                for (var node = grid.parentElement; node && node !== document.body; node = node.parentElement) {
                  var style = getComputedStyle(node);
                  if (!/^(visible|clip)$/.test(style.overflowX) || !/^(visible|clip)$/.test(style.overflowY)) { scrolling++; }
                }
                var headers = grid.querySelectorAll('.productops-board-column-header');
                var last = headers[headers.length - 1].getBoundingClientRect();
                var area = document.querySelector('.productops-board-scroll').getBoundingClientRect();
                var problems = document.querySelector('.productops-board-problems').getBoundingClientRect();
                var root = document.getElementById('productops-dependency-board');
                var beside = problems.left >= area.right;
                var edge = beside ? problems.left - parseFloat(getComputedStyle(document.querySelector('.productops-board-layout')).columnGap)
                    : root.getBoundingClientRect().right - parseFloat(getComputedStyle(root).paddingRight);
                return {scrollingBoxes: scrolling, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                  window: document.documentElement.clientWidth, boardRight: area.right, lastColumnRight: last.right,
                  emptyBesideBoard: edge - area.right, headersTop: grid.querySelector('.productops-board-header-row').getBoundingClientRect().top,
                  headersBottom: grid.querySelector('.productops-board-header-row').getBoundingClientRect().bottom,
                  laneNameLeft: grid.querySelector('.productops-board-lane-header').getBoundingClientRect().left};""");
        Map<String, Number> layout = new LinkedHashMap<>();
        raw.forEach((name, value) -> layout.put(name, (Number) value));
        return layout;
    }

    /** Scrolls the page so that the grid's top left corner is this far above and left of the window's. */
    static void scrollIntoGrid(WebDriver driver, int x, int y) {
        ((JavascriptExecutor) driver).executeScript("var r = document.querySelector('.productops-board-grid').getBoundingClientRect();"
                + " window.scrollTo(r.left + window.scrollX + arguments[0], r.top + window.scrollY + arguments[1]);", x, y);
    }

    static void screenshot(WebDriver driver, String name) {
        if (SCREENSHOTS == null) {
            return;
        }
        try {
            Path directory = Files.createDirectories(Paths.get(SCREENSHOTS));
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

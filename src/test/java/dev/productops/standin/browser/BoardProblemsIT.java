package dev.productops.standin.browser;

import dev.productops.standin.Browser;
import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.rules.TestRule;
import org.junit.rules.RuleChain;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A program manager opens the sample board for Payments, Checkout and Platform: the seeded cycle and a date conflict
 * are flagged, worst first, with the reasons a person can act on; arrows explain themselves on hover or keyboard focus;
 * the board narrows to problems only.
 */
public class BoardProblemsIT {
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private static final String BOARD = "?projects=PAY,CHK,PLAT";
    private final WebDriver driver = BROWSER.driver();

    @Test
    public void theCycleComesFirstWithItsMembersAndWhyNoneCanFinish() {
        BoardPage.open(driver, JIRA, BOARD);
        BoardPage.screenshot(driver, "board-1280");

        WebElement first = BoardPage.problems(driver).get(0);
        assertEquals("cycle", first.getAttribute("data-kind"));
        assertEquals(Set.of("PAY-7", "CHK-12", "PLAT-5"), Set.of(first.getAttribute("data-members").split(",")));
        assertThat(first.getText(), containsString("PAY-7 → CHK-12 → PLAT-5 → PAY-7"));
        assertThat(first.getText(), containsString("Part of a dependency cycle of 3 issues"));

        first.findElement(By.className("productops-board-problem-show")).click();
        Browser.waitFor(driver).until(ExpectedConditions.attributeContains(BoardPage.arrow(driver, "PAY-7", "CHK-12"), "class", "is-emphasised"));
        for (String key : List.of("PAY-7", "CHK-12", "PLAT-5")) {
            assertThat(BoardPage.card(driver, key).getAttribute("class"), containsString("is-emphasised"));
        }
        assertThat(BoardPage.arrow(driver, "CHK-12", "PLAT-5").getAttribute("class"), containsString("is-emphasised"));
        assertThat(BoardPage.arrow(driver, "PLAT-5", "PAY-7").getAttribute("class"), containsString("is-emphasised"));
        assertThat(BoardPage.grid(driver).getAttribute("class"), containsString("has-emphasis"));
        BoardPage.screenshot(driver, "board-cycle-selected");
    }

    @Test
    public void aDateConflictIsListedWithItsReasonAndItsArrowExplainsItself() {
        BoardPage.open(driver, JIRA, BOARD);

        WebElement conflict = BoardPage.problem(driver, "dependency", "SRCH-8,CHK-20");
        assertEquals("conflict", conflict.getAttribute("data-state"));
        assertThat(conflict.getText(), containsString("The blocker is planned to end 2"));
        assertThat(conflict.getText(), containsString("after the dependent"));
        List<WebElement> problems = BoardPage.problems(driver);
        assertTrue("conflicts come before blocked and at-risk dependencies",
                problems.indexOf(conflict) < indexOfFirst(problems, "blocked"));

        WebElement arrow = BoardPage.arrow(driver, "SRCH-8", "CHK-20");
        assertEquals("conflict", arrow.getAttribute("data-state"));
        BoardPage.focus(driver, arrow);
        WebElement popover = BoardPage.popover(driver);
        assertEquals("tooltip", popover.getAttribute("role"));
        assertThat(popover.getText(), containsString("SRCH-8 → CHK-20"));
        assertThat(popover.getText(), containsString("The blocker is planned to end 2"));
        BoardPage.screenshot(driver, "board-arrow-tooltip");

        arrow.findElement(By.className("productops-board-arrow-hit")).sendKeys(Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.attributeToBe(popover, "role", "dialog"));
        assertEquals("Edit", driver.switchTo().activeElement().getText());
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        Browser.waitFor(driver).until(ExpectedConditions.invisibilityOf(popover));
    }

    @Test
    public void onlyProblemsLeavesConflictsBlockedAndAtRiskDependencies() {
        BoardPage.open(driver, JIRA, BOARD);
        Map<String, Integer> totals = BoardPage.totals(driver);
        int problems = totals.get("conflict") + totals.get("blocked") + totals.get("at-risk");

        WebElement grid = BoardPage.grid(driver);
        driver.findElement(By.cssSelector("label[for='productops-board-problems-only']")).click();
        BoardPage.waitForNewBoard(driver, grid);

        assertThat(BoardPage.query(driver), containsString("problems=1"));
        assertEquals("Showing " + problems + " of " + problems + " dependencies",
                driver.findElement(By.id("productops-board-showing")).getText());
        List<WebElement> arrows = BoardPage.arrows(driver);
        assertTrue(!arrows.isEmpty());
        for (WebElement arrow : arrows) {
            assertTrue(arrow.getAttribute("data-state"), Set.of("conflict", "blocked", "at-risk").contains(arrow.getAttribute("data-state")));
        }
        Map<String, Integer> filtered = BoardPage.totals(driver);
        for (String state : List.of("conflict", "blocked", "at-risk")) {
            assertEquals("the chips count what the filters leave: " + state, totals.get(state), filtered.get(state));
        }
        for (String state : List.of("declined", "ok", "done")) {
            assertEquals("the chips count what the filters leave: " + state, Integer.valueOf(0), filtered.get(state));
        }
        assertThat("the export carries the filters", driver.findElement(By.id("productops-board-export")).getAttribute("href"),
                containsString("problems=1"));
    }

    @Test
    public void aNarrowWindowStillShowsTheBoardAndItsProblems() {
        driver.manage().window().setSize(new Dimension(1024, 900));
        try {
            BoardPage.open(driver, JIRA, BOARD);
            assertTrue(driver.findElement(By.className("productops-board-problems")).isDisplayed());
            assertEquals("cycle", BoardPage.problems(driver).get(0).getAttribute("data-kind"));
            BoardPage.screenshot(driver, "board-1024");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private int indexOfFirst(List<WebElement> problems, String state) {
        for (int i = 0; i < problems.size(); i++) {
            if (state.equals(problems.get(i).getAttribute("data-state"))) {
                return i;
            }
        }
        return problems.size();
    }
}

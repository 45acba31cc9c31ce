package dev.productops.standin.browser;

import dev.productops.standin.Browser;
import dev.productops.standin.RunningStandIn;
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
import java.util.stream.Collectors;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The address bar holds the whole view, so a board is shared by link; without teams the page says what to do; a wrong team says why. */
public class BoardUrlIT {
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private final WebDriver driver = BROWSER.driver();

    @Test
    public void withoutTeamsThePageSaysWhatToDoAndTypedKeysBecomeTheBoardAndTheUrl() throws Exception {
        // Someone who has never opened a board (here: forgotten) gets the empty board.
        JIRA.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(JIRA.url("/rest/productops/1.0/board/views/last"))).DELETE(), "admin");
        BoardPage.open(driver, JIRA, "");
        assertThat(driver.findElement(By.className("productops-board-empty")).getText(), containsString("Choose the teams to plan with"));
        BoardPage.screenshot(driver, "board-empty");

        WebElement input = driver.findElement(By.id("productops-board-project-input"));
        assertEquals("the teams field has the focus", input, driver.switchTo().activeElement());
        input.sendKeys("pay, chk", Keys.ENTER);
        BoardPage.waitUntilSettled(driver);
        assertEquals(List.of("PAY", "CHK"), chips());
        assertEquals("?projects=PAY%2CCHK", BoardPage.query(driver));
        assertEquals(List.of("PAY", "CHK"), driver.findElements(By.cssSelector(".productops-board-lane:not(.is-other)")).stream()
                .map(lane -> lane.getAttribute("data-lane")).collect(Collectors.toList()));
    }

    @Test
    public void aReloadedLinkShowsTheSameTeamsColumnsFiltersAndFocus() {
        BoardPage.open(driver, JIRA, "?projects=PAY,CHK,PLAT");
        WebElement grid = BoardPage.grid(driver);
        new Select(driver.findElement(By.id("productops-board-columns"))).selectByValue("month");
        BoardPage.waitForNewBoard(driver, grid);
        grid = BoardPage.grid(driver);
        driver.findElement(By.cssSelector("label[for='productops-board-cross-team']")).click();
        BoardPage.waitForNewBoard(driver, grid);
        grid = BoardPage.grid(driver);
        new Select(driver.findElement(By.id("productops-board-team"))).selectByValue("CHK");
        BoardPage.waitForNewBoard(driver, grid);
        grid = BoardPage.grid(driver);
        BoardPage.card(driver, "CHK-12").findElement(By.className("productops-board-card-focus")).click();
        BoardPage.waitForNewBoard(driver, grid);
        grid = BoardPage.grid(driver);
        driver.findElement(By.cssSelector(".productops-board-lane[data-lane='PLAT'] .productops-board-lane-toggle")).click();
        BoardPage.waitForNewBoard(driver, grid);
        String query = BoardPage.query(driver);
        String showing = driver.findElement(By.id("productops-board-showing")).getText();
        BoardPage.screenshot(driver, "board-focused");

        driver.navigate().refresh();
        BoardPage.waitUntilSettled(driver);

        assertEquals(query, BoardPage.query(driver));
        for (String part : List.of("projects=PAY%2CCHK%2CPLAT", "columns=month", "crossTeam=1", "team=CHK", "focus=CHK-12", "collapsed=PLAT")) {
            assertThat(query, containsString(part));
        }
        assertEquals(List.of("PAY", "CHK", "PLAT"), chips());
        assertEquals("month", new Select(driver.findElement(By.id("productops-board-columns"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(driver.findElement(By.id("productops-board-cross-team")).isSelected());
        assertFalse(driver.findElement(By.id("productops-board-problems-only")).isSelected());
        assertEquals("CHK", new Select(driver.findElement(By.id("productops-board-team"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(showing, driver.findElement(By.id("productops-board-showing")).getText());
        assertThat(driver.findElement(By.className("productops-board-focus")).getText(), containsString("Dependencies of CHK-12"));
        assertThat(BoardPage.card(driver, "CHK-12").getAttribute("class"), containsString("is-emphasised"));
        assertEquals("false", driver.findElement(By.cssSelector(".productops-board-lane[data-lane='PLAT'] .productops-board-lane-toggle"))
                .getAttribute("aria-expanded"));
        assertTrue(driver.findElement(By.className("productops-board-column-header")).getText().matches("(?s)[A-Z][a-z]{2} 20\\d\\d.*"));
        String export = driver.findElement(By.id("productops-board-export")).getAttribute("href");
        // The export carries the view's filters (it used to download every dependency of the teams).
        assertThat(export, containsString("/rest/productops/1.0/board/export?projects=PAY%2CCHK%2CPLAT&columns=month&crossTeam=1&team=CHK&format=csv"));
    }

    @Test
    public void anUnknownProjectIsNamedAndTheRestIsShown() {
        BoardPage.open(driver, JIRA, "?projects=PAY,NOPE");
        WebElement note = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("productops-board-left-out")));
        assertThat(note.getText(), containsString("Not shown: NOPE"));
        assertEquals(List.of("PAY", "NOPE"), chips());
        assertTrue(driver.findElements(By.cssSelector(".productops-board-lane-header")).size() > 0);
    }

    @Test
    public void onlyUnknownProjectsShowJirasMessage() {
        BoardPage.open(driver, JIRA, "?projects=NOPE");
        WebElement error = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.className("productops-board-error")));
        assertThat(error.getText(), containsString("The board could not be loaded"));
        assertThat(error.getText(), containsString("The project 'NOPE' does not exist or you do not have permission to see it."));
        assertEquals(List.of("NOPE"), chips());
        BoardPage.screenshot(driver, "board-error");
    }

    @Test
    public void theLastBoardComesBackFromTheMenuAndBoardsAreSavedByName() {
        BoardPage.open(driver, JIRA, "?projects=CHK,PLAT&problems=1");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#productops-board-project-options option[value='PAY']")));
        assertThat(driver.findElement(By.cssSelector("#productops-board-project-options option[value='PAY']")).getAttribute("textContent"),
                containsString("(PAY)"));
        driver.findElement(By.id("productops-board-save-name")).sendKeys("Platform risks");
        driver.findElement(By.id("productops-board-save")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='productops-board-saved']/option[text()='Platform risks']")));

        // Opened from the menu (no teams in the address), the board is the one opened last, kept by Jira for this user.
        BoardPage.open(driver, JIRA, "");
        assertEquals(List.of("CHK", "PLAT"), chips());
        assertThat(BoardPage.query(driver), containsString("problems=1"));
    }

    private List<String> chips() {
        return driver.findElements(By.cssSelector(".productops-board-chip")).stream().map(chip -> chip.getAttribute("data-project"))
                .collect(Collectors.toList());
    }
}

package dev.productops.standin.browser;

import dev.productops.standin.Browser;
import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.rules.TestRule;
import org.junit.rules.RuleChain;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

/**
 * Planning attributes edited in place: a wrong owner is refused next to its field with nothing saved; declining a
 * dependency reloads the board, which then shows it declined with the person's decision as its reason.
 */
public class BoardEditIT {
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private final WebDriver driver = BROWSER.driver();

    @Test
    public void aWrongOwnerIsShownNextToItsFieldAndNothingChanges() {
        BoardPage.open(driver, JIRA, "?projects=PAY,CHK,PLAT");
        WebElement form = editFromProblems("SRCH-8,CHK-20");
        form.findElement(By.name("owner")).sendKeys("nobody-by-that-name");
        form.findElement(By.className("productops-board-edit-save")).click();

        WebElement error = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#productops-board-dependency [data-error-for='owner']")));
        assertThat(error.getText(), containsString("No user has the username 'nobody-by-that-name'"));
        assertEquals("the owner field has the focus to fix it", "owner", driver.switchTo().activeElement().getAttribute("name"));
        BoardPage.screenshot(driver, "board-edit-error");
        form.findElement(By.className("productops-board-edit-cancel")).click();
        assertEquals("conflict", BoardPage.arrow(driver, "SRCH-8", "CHK-20").getAttribute("data-state"));
    }

    @Test
    public void declinedAfterSavingTheBoardReloadsWithTheNewStateAndReason() {
        BoardPage.open(driver, JIRA, "?projects=PAY,CHK,PLAT");
        int declinedBefore = BoardPage.totals(driver).get("declined");
        WebElement form = editFromProblems("PAY-15,MOB-3");
        new Select(form.findElement(By.name("state"))).selectByValue("declined");
        form.findElement(By.name("neededBy")).sendKeys("12012026");
        form.findElement(By.name("owner")).sendKeys("alice");
        form.findElement(By.name("note")).sendKeys("Mobile ships without Apple Pay <b>this</b> time");
        WebElement grid = BoardPage.grid(driver);
        form.findElement(By.className("productops-board-edit-save")).click();
        BoardPage.waitForNewBoard(driver, grid);

        WebElement arrow = BoardPage.arrow(driver, "PAY-15", "MOB-3");
        assertEquals("declined", arrow.getAttribute("data-state"));
        assertEquals(declinedBefore + 1, (int) BoardPage.totals(driver).get("declined"));
        BoardPage.focus(driver, arrow);
        WebElement popover = BoardPage.popover(driver);
        assertThat(popover.getText(), containsString("Alice"));
        assertThat(popover.getText(), containsString("2026-12-01"));
        assertThat(popover.getText().toLowerCase(), containsString("declined"));
        BoardPage.screenshot(driver, "board-after-decline");

        // Pinned, the popover shows the note and who changed what (issue 11, accountability).
        arrow.findElement(By.className("productops-board-arrow-hit")).sendKeys(org.openqa.selenium.Keys.ENTER);
        WebElement history = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#productops-board-dependency .productops-board-history")));
        assertEquals("Mobile ships without Apple Pay <b>this</b> time",
                driver.findElement(By.cssSelector("#productops-board-dependency .productops-board-note")).getText());
        assertThat(history.getText(), containsString("Administrator changed Agreement from – to declined"));
        assertThat(history.getText(), containsString("changed Owner from – to alice"));
        BoardPage.screenshot(driver, "board-popover-history");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.className("productops-board-dependency-edit"))).click();
        WebElement again = waitForForm();
        assertEquals("Mobile ships without Apple Pay <b>this</b> time", again.findElement(By.name("note")).getAttribute("value"));
        assertEquals("alice", again.findElement(By.name("owner")).getAttribute("value"));
    }

    /** The Edit link of a problem (kind dependency, members "FROM,TO") opens the form in place. */
    private WebElement editFromProblems(String members) {
        BoardPage.problem(driver, "dependency", members).findElement(By.className("productops-board-problem-edit")).click();
        return waitForForm();
    }

    private WebElement waitForForm() {
        return Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#productops-board-dependency form.productops-board-edit")));
    }
}

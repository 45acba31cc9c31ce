package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * What a viewer may not browse is neither shown nor counted. bob sees only MOB: PAY-15 blocks MOB-3, but on his board
 * there is no PAY-15, no arrow to it and no total that includes it. alice does not see SRCH or DATA: her totals add
 * up to exactly the dependencies she is shown, fewer than an administrator's.
 */
public class BoardRestrictedUserIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();

    private static final List<String> HIDDEN_FROM_BOB = List.of("PAY-15", "CHK-30", "Support Apple Pay");
    private WebDriver driver;

    @After
    public void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    public void bobSeesNoHiddenIssueAndNoCountThatIncludesOne() throws Exception {
        driver = BoardPage.logIn(JIRA, "bob");
        BoardPage.open(driver, JIRA, "?projects=MOB&all=1");
        BoardPage.screenshot(driver, "board-bob");

        for (String hidden : HIDDEN_FROM_BOB) {
            assertThat(driver.getPageSource(), not(containsString(hidden)));
        }
        Map<String, Integer> totals = BoardPage.totals(driver);
        assertEquals(BoardPage.sum(totals), BoardPage.arrows(driver).size());
        assertEquals("Showing 0 of 0 dependencies", driver.findElement(By.id("productops-board-showing")).getText());
        assertThat(driver.findElement(By.className("productops-board-problems")).getText(), containsString("Nothing is in conflict"));
        assertThat(driver.findElement(By.cssSelector(".productops-board-scroll")).getText(), containsString("No dependencies to show"));
    }

    @Test
    public void bobOpeningASharedLinkGetsHisPartAndANote() throws Exception {
        driver = BoardPage.logIn(JIRA, "bob");
        BoardPage.open(driver, JIRA, "?projects=PAY,MOB&all=1");
        WebElement note = driver.findElement(By.id("productops-board-left-out"));
        assertThat(note.getText(), containsString("Not shown: PAY"));
        assertThat(driver.findElement(By.className("productops-board-summary")).getText(), containsString("Showing"));
        for (String hidden : HIDDEN_FROM_BOB) {
            assertThat(driver.getPageSource(), not(containsString(hidden)));
        }
        BoardPage.screenshot(driver, "board-bob-shared-link");
        Accessibility.assertNoSeriousViolations(driver, "board PAY,MOB shared with bob (PAY left out)");
    }

    @Test
    public void aliceCountsExactlyTheDependenciesSheIsShown() throws Exception {
        int everything = dependenciesSeenBy("admin");
        driver = BoardPage.logIn(JIRA, "alice");
        BoardPage.open(driver, JIRA, "?projects=PAY,CHK,PLAT&all=1");

        int total = BoardPage.sum(BoardPage.totals(driver));
        assertEquals("Showing " + total + " of " + total + " dependencies", driver.findElement(By.id("productops-board-showing")).getText());
        assertTrue("alice sees fewer dependencies than an administrator (" + total + " of " + everything + ")", total < everything);
        for (String hidden : List.of("SRCH-8", "DATA-4")) {
            assertThat(driver.getPageSource(), not(containsString(hidden)));
        }
    }

    private int dependenciesSeenBy(String user) throws Exception {
        WebDriver admin = BoardPage.logIn(JIRA, user);
        try {
            BoardPage.open(admin, JIRA, "?projects=PAY,CHK,PLAT");
            return BoardPage.sum(BoardPage.totals(admin));
        } finally {
            admin.quit();
        }
    }
}

package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

/**
 * The issue view's Dependencies panel in Chromium: no serious axe-core violation with both of the app's panels on the
 * page, and its link opens the board focused on the issue, with the teams at the other ends on it.
 */
public class DependenciesPanelBrowserIT {
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private final WebDriver driver = BROWSER.driver();

    @Test
    public void thePanelIsAccessibleAndItsLinkOpensTheBoardFocusedOnTheIssue() {
        InsightsUi.openIssuePanel(driver, JIRA, "PAY-7");
        WebElement panel = InsightsUi.visible(driver, By.cssSelector(".productops-dependencies[data-issue-key='PAY-7']"));
        assertThat(panel.getText(), containsString("A cycle of 3 issues through CHK-12, PLAT-5"));
        Accessibility.assertNoSeriousViolations(driver, "issue view PAY-7 with the Dependencies and evidence panels, admin");
        InsightsUi.screenshot(driver, "dependencies-panel");

        WebElement link = panel.findElement(By.cssSelector(".productops-dependencies-board"));
        assertEquals("Show PAY-7 on the dependency board", link.getText());
        link.click();
        BoardPage.waitUntilSettled(driver);
        assertThat(driver.getCurrentUrl(), containsString(BoardPage.PATH + "?projects=PAY%2C"));
        assertThat(driver.getCurrentUrl(), containsString("focus=PAY-7"));
        // The board focused on PAY-7 lists its dependencies, the cycle's among them.
        WebElement focus = InsightsUi.visible(driver, By.cssSelector(".productops-board-focus-head"));
        assertThat(focus.getText(), containsString("PAY-7"));
        assertEquals("true", driver.findElement(By.cssSelector(
                ".productops-board-card[data-issue-key='PAY-7'] .productops-board-card-focus")).getAttribute("aria-pressed"));
        driver.findElement(By.cssSelector(".productops-board-card[data-issue-key='CHK-12']"));
        driver.findElement(By.cssSelector(".productops-board-card[data-issue-key='PLAT-5']"));
    }
}

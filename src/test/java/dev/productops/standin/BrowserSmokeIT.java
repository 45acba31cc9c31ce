package dev.productops.standin;

import dev.productops.standin.store.HostIssue;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** A new user's first minutes, in a real browser: log in, open an issue, see the app's panel; a restricted user sees nothing. */
public class BrowserSmokeIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();

    private WebDriver driver;

    @Before
    public void openBrowser() throws Exception {
        driver = Browser.start();
    }

    @After
    public void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    public void aUserLogsInAndSeesTheIssueWithTheCustomerEvidencePanel() {
        // A done issue without evidence shows the empty state (the sample links evidence to open issues and to some
        // recently delivered ones, for the metrics gadget, so ask which are empty).
        HostIssue issue = JIRA.standIn().data().issues().stream().filter(HostIssue::isDone).filter(BrowserSmokeIT::hasNoEvidence)
                .findFirst().orElseThrow();
        String key = issue.key();

        driver.get(JIRA.url("/browse/" + key));
        Browser.waitForPage(driver);
        assertTrue("anonymous users are sent to the login form", driver.getCurrentUrl().contains("/login.jsp"));
        Browser.logIn(driver, "admin");
        Browser.waitForPage(driver);

        assertTrue(driver.getCurrentUrl().endsWith("/browse/" + key));
        assertEquals(issue.summary(), driver.findElement(By.id("summary-val")).getText());
        assertEquals(issue.statusName().toUpperCase(), driver.findElement(By.id("status-val")).getText().toUpperCase());
        assertEquals("Administrator", driver.findElement(By.id("header-user")).getText());
        WebElement panel = driver.findElement(By.cssSelector("[data-web-panel='dev.productops.jira:evidence-panel']"));
        assertThat(panel.getText(), containsString("Customer evidence"));
        assertThat(panel.getText(), containsString("No customer evidence is linked to this issue yet."));
        assertEquals("0", panel.findElement(By.className("productops-evidence-insight-count")).getText());
        assertEquals("AUI is loaded from the npm package", Boolean.TRUE,
                ((JavascriptExecutor) driver).executeScript("return typeof window.AJS === 'object'"));
        assertEquals("the page has the AUI components its web resources declare, and no others", "function undefined",
                ((JavascriptExecutor) driver).executeScript("return typeof AJS.flag + ' ' + typeof AJS.progressBars"));
        assertThat(driver.findElement(By.id("linkingmodule")).getText(), containsString("Issue Links"));
    }

    private static boolean hasNoEvidence(HostIssue issue) {
        try {
            String evidence = JIRA.get("/rest/productops/1.0/issues/" + issue.key() + "/evidence", "admin").body();
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(evidence).get("insightCount").asInt() == 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void aRestrictedUserCannotOpenAHiddenIssue() {
        driver.get(JIRA.url("/login.jsp"));
        Browser.logIn(driver, "bob");
        Browser.waitForPage(driver);
        driver.get(JIRA.url("/browse/PAY-1"));
        Browser.waitForPage(driver);
        assertThat(driver.findElement(By.id("issue-not-found")).getText(), containsString("does not exist or you do not have permission"));
        String summary = JIRA.standIn().data().issueByKey("PAY-1").orElseThrow().summary();
        assertThat(driver.getPageSource(), not(containsString(summary)));
    }
}

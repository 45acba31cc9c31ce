package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.rules.ExternalResource;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.junit.rules.Verifier;
import org.openqa.selenium.WebDriver;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * One Chromium per test class, logged in to the stand-in as a user and closed at the end; and a per-test check
 * that the page logged no script error. Use as
 * {@code @ClassRule RuleChain = SignedInBrowser.around(JIRA, BROWSER)} plus {@code @Rule BROWSER.noScriptErrors()}.
 */
final class SignedInBrowser extends ExternalResource {
    private final RunningStandIn jira;
    private final String user;
    private WebDriver driver;

    SignedInBrowser(RunningStandIn jira, String user) {
        this.jira = jira;
        this.user = user;
    }

    /** The stand-in starts first and stops last. */
    static RuleChain around(RunningStandIn jira, SignedInBrowser browser) {
        return RuleChain.outerRule(jira).around(browser);
    }

    @Override
    protected void before() throws Throwable {
        driver = BoardPage.logIn(jira, user);
    }

    @Override
    protected void after() {
        if (driver != null) {
            driver.quit();
        }
    }

    WebDriver driver() {
        return driver;
    }

    TestRule noScriptErrors() {
        return new Verifier() {
            @Override
            protected void verify() {
                if (driver != null) {
                    assertEquals("script errors in the browser log", List.of(), InsightsUi.scriptErrors(driver));
                }
            }
        };
    }
}

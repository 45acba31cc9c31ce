package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.Test;
import org.junit.ClassRule;
import org.junit.rules.RuleChain;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static dev.productops.standin.browser.InsightsUi.assertPanelCounts;
import static dev.productops.standin.browser.InsightsUi.inPanel;
import static dev.productops.standin.browser.InsightsUi.openIssuePanel;
import static dev.productops.standin.browser.InsightsUi.visible;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

/**
 * What a Jira page does when the plugin forgets to declare an AUI component it uses: the component is not there and
 * the script that calls it fails. Here the stand-in reads the descriptor without its aui-flag dependency.
 */
public class UndeclaredWebResourceIT {
    private static final RunningStandIn JIRA = RunningStandIn.withoutDependency("com.atlassian.auiplugin:aui-flag");
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);

    private final WebDriver driver = BROWSER.driver();

    @Test
    public void withoutTheFlagDependencyTheSuccessFlagIsAScriptError() throws Exception {
        String key = InsightsUi.issuesWithoutEvidence(JIRA, "CHK").get(0);
        int id = InsightsUi.insight(JIRA, "Coupons cannot be stacked", "Two coupons, one basket: the second is refused.",
                "interview", null, Map.of(key, 1), List.of());
        openIssuePanel(driver, JIRA, key);
        assertEquals("a page without aui-flag has no AJS.flag", "undefined", InsightsUi.script(driver, "return typeof AJS.flag"));
        assertEquals("dialog2 is still declared", "function", InsightsUi.script(driver, "return typeof AJS.dialog2"));
        assertEquals(List.of(), InsightsUi.scriptErrors(driver));

        WebElement item = driver.findElement(inPanel(key, ".productops-evidence-item[data-insight-id='" + id + "']"));
        item.findElement(By.tagName("summary")).click();
        new Select(visible(driver, By.id("productops-evidence-importance-" + id))).selectByVisibleText("Critical");
        // The change is saved and shown; then telling the user so fails, as it would in Jira.
        assertPanelCounts(driver, key, "1.5", "1", "0");
        // Reading the browser log empties it, so the wait keeps what it read.
        List<String> errors = InsightsUi.waitFor(driver).until(d -> {
            List<String> logged = InsightsUi.scriptErrors(d);
            return logged.isEmpty() ? null : logged;
        });
        assertThat(errors.toString(), containsString("AJS.flag is not a function"));
        assertEquals(0, driver.findElements(By.cssSelector(".aui-flag")).size());
    }

    @Test
    public void theLibraryPageLacksTheFlagButKeepsWhatItDeclares() {
        driver.get(JIRA.url("/plugins/servlet/productops/insights"));
        InsightsUi.waitForLibrarySearch(driver);
        Object present = InsightsUi.script(driver, "return ['flag', 'dialog2', 'progressBars', 'InlineDialog2']"
                + ".filter(function (name) { return typeof AJS[name] === 'function' || typeof AJS[name] === 'object'; })");
        assertEquals("declared by the library's web resources, and nothing undeclared",
                List.of("dialog2", "progressBars"), present);
        InsightsUi.script(driver, "var s = document.createElement('aui-spinner'); s.id = 'declared-spinner'; document.body.append(s);");
        InsightsUi.waitFor(driver).until(d -> Boolean.TRUE.equals(InsightsUi.script(d,
                "return document.getElementById('declared-spinner').hasAttribute('resolved')")));
        assertEquals(List.of(), InsightsUi.scriptErrors(driver));
    }
}

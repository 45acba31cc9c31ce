package dev.productops.standin.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productops.standin.Browser;
import dev.productops.standin.RunningStandIn;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The metrics gadget on the system dashboard, in Chromium: an administrator adds and configures it, reads evidence
 * coverage for two teams, checks the numbers in the table and follows one to the issues behind it; switches it to
 * dependency health; a restricted viewer sees smaller numbers, which projects were left out, and no way to edit; the
 * chart fits a narrow column and follows the column's width.
 */
public class MetricsGadgetIT {
    @ClassRule
    public static final RunningStandIn JIRA = new RunningStandIn();

    private WebDriver driver;

    @After
    public void closeBrowser() {
        if (driver != null) {
            assertEquals("no script errors", List.of(), InsightsUi.scriptErrors(driver));
            driver.quit();
        }
    }

    @Test
    public void anAdministratorAddsTheGadgetReadsEvidenceCoverageAndOpensTheIssuesBehindANumber() throws Exception {
        driver = BoardPage.logIn(JIRA, "admin");
        DashboardPage.open(driver, JIRA);
        driver.findElement(By.id("standin-add-gadget")).click();
        WebElement dialog = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("standin-add-gadget-dialog")));
        assertThat(dialog.getText(), containsString("Product-ops metrics"));
        InsightsUi.screenshot(driver, "metrics-add-gadget");
        dialog.findElement(By.cssSelector(".standin-gadget-add[data-module-key='" + DashboardPage.METRICS_ITEM + "']")).click();

        // A configurable item without preferences opens in edit mode for someone who may edit it.
        WebElement form = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".standin-gadget[data-mode='edit'] form.productops-metrics-config")));
        String id = driver.getCurrentUrl().replaceAll(".*#gadget-", "");
        Accessibility.assertNoSeriousViolations(driver, "dashboard, metrics gadget configuration form, admin");
        new Select(form.findElement(By.name("metric"))).selectByValue("evidence-coverage");
        // The teams are suggested from the projects Jira lets the viewer browse, by key or name, for the one being typed.
        WebElement projects = form.findElement(By.name("projects"));
        projects.sendKeys("pay, check");
        String list = projects.getAttribute("list");
        Browser.waitFor(driver).until(d -> !d.findElements(By.cssSelector("#" + list + " option")).isEmpty());
        assertEquals(List.of("pay, CHK"), driver.findElements(By.cssSelector("#" + list + " option")).stream()
                .map(option -> option.getAttribute("value")).toList());
        projects.clear();
        projects.sendKeys("pay, CHK");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement gadget = DashboardPage.settled(driver, id);
        assertEquals("ready", gadget.getAttribute("data-state"));
        assertEquals("Evidence coverage: PAY, CHK", DashboardPage.title(driver, id));
        JsonNode expected = DashboardPage.metric(JIRA, "evidence-coverage", "PAY,CHK", "admin").get("totals");
        int resolved = expected.get("resolved").asInt();
        assertTrue("the sample organisation resolved issues in PAY and CHK lately", resolved > 0);
        assertEquals(resolved, DashboardPage.count(DashboardPage.number(gadget, "resolved")));
        assertEquals(Math.round(expected.get("linkedShare").asDouble() * 100) + "%", DashboardPage.number(gadget, "linked").getText());
        assertThat(gadget.getText(), containsString("resolved issues had customer evidence"));
        WebElement chart = gadget.findElement(By.cssSelector("svg.productops-metrics-chart[role='img']"));
        assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent"), containsString(resolved + " issues resolved"));
        InsightsUi.screenshot(driver, "metrics-evidence-coverage");
        Accessibility.assertNoSeriousViolations(driver, "dashboard, metrics gadget chart (evidence coverage PAY,CHK), admin");

        // The table holds the same numbers, for screen readers and for anyone who wants them; Enter opens it.
        WebElement toggle = gadget.findElement(By.className("productops-metrics-table-toggle"));
        toggle.sendKeys(Keys.ENTER);
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        WebElement table = gadget.findElement(By.cssSelector(".productops-metrics-table-box table"));
        assertTrue(table.isDisplayed());
        assertFalse(gadget.findElement(By.className("productops-metrics-figure")).isDisplayed());
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertEquals("twelve weeks and a total", 13, rows.size());
        int sumOfWeeks = 0;
        for (WebElement week : rows.subList(0, 12)) {
            sumOfWeeks += Integer.parseInt(week.findElements(By.tagName("td")).get(0).getText().replaceAll("[^0-9]", ""));
        }
        assertEquals(resolved, sumOfWeeks);
        assertEquals(String.valueOf(resolved), rows.get(12).findElements(By.tagName("td")).get(0).getText());
        InsightsUi.screenshot(driver, "metrics-evidence-coverage-table");
        Accessibility.assertNoSeriousViolations(driver, "dashboard, metrics gadget table view, admin");

        // The linked share opens exactly the issues it counts.
        DashboardPage.number(gadget, "linked").click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("issuetable")));
        List<WebElement> issues = driver.findElements(By.cssSelector("#issuetable tr.issuerow"));
        assertEquals(expected.get("linked").asInt(), issues.size());
        issues.forEach(row -> assertTrue(row.getAttribute("data-issuekey").matches("(PAY|CHK)-\\d+")));
        driver.navigate().back();
        gadget = DashboardPage.settled(driver, id);
        DashboardPage.number(gadget, "resolved").click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("issuetable")));
        assertEquals(resolved, driver.findElements(By.cssSelector("#issuetable tr.issuerow")).size());
        assertThat(driver.findElement(By.id("standin-jql")).getAttribute("value"), containsString("resolved >="));
        InsightsUi.screenshot(driver, "metrics-drilldown-navigator");
    }

    @Test
    public void switchedToDependencyHealthItShowsTodaysNumbersLinkedToTheBoard() throws Exception {
        String id = DashboardPage.addConfigured(JIRA, Map.of("metric", "evidence-coverage", "projects", "PAY,CHK", "period", "12",
                "threshold", "3", "refresh", "false"));
        driver = BoardPage.logIn(JIRA, "admin");
        DashboardPage.open(driver, JIRA);
        DashboardPage.settled(driver, id);

        WebElement form = DashboardPage.configure(driver, id);
        new Select(form.findElement(By.name("metric"))).selectByValue("dependency-health");
        assertFalse("the evidence threshold is for coverage only", form.findElement(By.name("threshold")).isDisplayed());
        WebElement projects = form.findElement(By.name("projects"));
        projects.clear();
        projects.sendKeys("PAY, CHK, MOB");
        new Select(form.findElement(By.name("refresh"))).selectByValue("15");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#gadget-" + id + " .productops-metrics-view[data-metric='dependency-health']")));
        WebElement gadget = DashboardPage.settled(driver, id);

        assertEquals("Dependency health: PAY, CHK, MOB", DashboardPage.title(driver, id));
        assertEquals("the refresh preference starts Jira's periodic refresh", "15",
                DashboardPage.gadget(driver, id).getAttribute("data-refresh-minutes"));
        JsonNode totals = DashboardPage.metric(JIRA, "dependency-health", "PAY,CHK,MOB", "admin").get("totals");
        for (String total : List.of("open", "atRisk", "inCycles", "stale")) {
            assertEquals(total, totals.get(total).asInt(), DashboardPage.count(DashboardPage.number(gadget, total)));
        }
        assertTrue("the seeded cycle crosses PAY, CHK and PLAT", totals.get("inCycles").asInt() > 0);
        assertThat(DashboardPage.number(gadget, "open").getAttribute("href"),
                containsString("/plugins/servlet/productops/board?projects=PAY%2CCHK%2CMOB&crossTeam=1"));
        assertFalse("weekly snapshots draw lines", gadget.findElements(By.cssSelector("svg .productops-metrics-line path")).isEmpty());
        InsightsUi.screenshot(driver, "metrics-dependency-health");
    }

    @Test
    public void aRestrictedViewerSeesSmallerNumbersIsToldWhatIsLeftOutAndCannotEdit() throws Exception {
        String coverage = DashboardPage.addConfigured(JIRA, Map.of("metric", "evidence-coverage", "projects", "PAY,CHK,MOB"));
        String health = DashboardPage.addConfigured(JIRA, Map.of("metric", "dependency-health", "projects", "PAY,CHK,MOB"));
        String hiddenCoverage = DashboardPage.addConfigured(JIRA, Map.of("metric", "evidence-coverage", "projects", "PAY,CHK"));
        int adminResolved = DashboardPage.metric(JIRA, "evidence-coverage", "PAY,CHK,MOB", "admin").get("totals").get("resolved").asInt();
        int bobResolved = DashboardPage.metric(JIRA, "evidence-coverage", "PAY,CHK,MOB", "bob").get("totals").get("resolved").asInt();

        driver = BoardPage.logIn(JIRA, "bob");
        DashboardPage.open(driver, JIRA);
        String notShown = "Not shown: PAY, CHK \u2014 unknown, or you do not have permission.";
        WebElement gadget = DashboardPage.settled(driver, coverage);
        assertThat(gadget.findElement(By.cssSelector(".aui-message-warning")).getText(), containsString(notShown));
        assertEquals("the title names only what bob may see", "Evidence coverage: MOB", DashboardPage.title(driver, coverage));
        if (bobResolved > 0) {
            assertEquals(bobResolved, DashboardPage.count(DashboardPage.number(gadget, "resolved")));
        } else {
            assertThat(gadget.getText(), containsString("No issues were resolved in this period."));
        }
        assertTrue("bob counts MOB's issues only (" + bobResolved + " of " + adminResolved + ")", bobResolved < adminResolved);
        // His only project has no dependency on another project he may see.
        assertThat(DashboardPage.settled(driver, health).getText(), containsString(notShown));
        // None of the projects is his: Jira's message instead of numbers.
        WebElement hidden = DashboardPage.settled(driver, hiddenCoverage);
        assertEquals("error", hidden.getAttribute("data-state"));
        assertThat(hidden.findElement(By.cssSelector(".aui-message-error")).getText(), containsString("PAY, CHK"));

        assertTrue("no Add gadget", driver.findElements(By.id("standin-add-gadget")).isEmpty());
        assertTrue("no gadget menu", driver.findElements(By.className("standin-gadget-menu-trigger")).isEmpty());
        assertEquals("false", driver.findElement(By.id("standin-dashboard")).getAttribute("data-editable"));
        InsightsUi.screenshot(driver, "metrics-bob");
        Accessibility.assertNoSeriousViolations(driver, "dashboard, metrics gadgets as bob (partial, left out, refused)");
    }

    @Test
    public void insightIntakeAndTopEvidenceShowWhatTheApiAnswers() throws Exception {
        String intake = DashboardPage.addConfigured(JIRA, Map.of("metric", "insight-intake", "projects", ""));
        String top = DashboardPage.addConfigured(JIRA, Map.of("metric", "top-evidence", "projects", "PAY,CHK,PLAT"));
        JsonNode ranked = DashboardPage.metric(JIRA, "top-evidence", "PAY,CHK,PLAT", "alice").get("issues");
        driver = BoardPage.logIn(JIRA, "alice");
        DashboardPage.open(driver, JIRA);

        WebElement insights = DashboardPage.settled(driver, intake);
        assertEquals("Insight intake", DashboardPage.title(driver, intake));
        WebElement bySegment = insights.findElement(By.cssSelector("[data-group-by='segment']"));
        bySegment.click();
        Browser.waitFor(driver).until(d -> "true".equals(d.findElement(By.cssSelector("#gadget-" + intake + " [data-group-by='segment']"))
                .getAttribute("aria-pressed")));
        assertFalse(DashboardPage.gadget(driver, intake).findElements(By.cssSelector("svg .productops-metrics-mark")).isEmpty());

        WebElement gadget = DashboardPage.settled(driver, top);
        List<WebElement> shown = gadget.findElements(By.cssSelector(".productops-metrics-ranked"));
        assertEquals(ranked.size(), shown.size());
        for (int i = 0; i < shown.size(); i++) {
            assertEquals(ranked.get(i).get("key").asText(), shown.get(i).getAttribute("data-issue-key"));
            // Plurals come from the bundle: "1 insight, 2 customers", never "1 insights".
            int insightCount = ranked.get(i).get("insights").asInt();
            int customerCount = ranked.get(i).get("customers").asInt();
            assertEquals(insightCount + (insightCount == 1 ? " insight, " : " insights, ") + customerCount
                            + (customerCount == 1 ? " customer" : " customers"),
                    shown.get(i).findElement(By.className("productops-metrics-score-detail")).getText());
        }
        InsightsUi.screenshot(driver, "metrics-top-evidence");
    }

    @Test
    public void theChartFitsANarrowColumnAndFollowsItsWidth() throws Exception {
        String id = DashboardPage.addConfigured(JIRA, Map.of("metric", "evidence-coverage", "projects", "PAY,CHK"));
        driver = BoardPage.logIn(JIRA, "admin");
        driver.manage().window().setSize(new Dimension(400, 900));
        DashboardPage.open(driver, JIRA);
        WebElement gadget = DashboardPage.settled(driver, id);
        JavascriptExecutor js = (JavascriptExecutor) driver;

        // The chart redraws itself when its column settles, so read its width in one script call, and wait.
        long column = (Long) js.executeScript("return arguments[0].clientWidth", gadget);
        long narrow = Browser.waitFor(driver).until(d -> {
            Long width = chartWidth(js, id);
            return width != null && width <= column && width > 200 ? width : null;
        });
        assertEquals("nothing sticks out of the page", Boolean.TRUE,
                js.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        assertEquals("nothing sticks out of the gadget", Boolean.TRUE, js.executeScript(
                "const g = arguments[0].getBoundingClientRect(); return Array.from(arguments[0].querySelectorAll('svg, .productops-metrics-headline, .productops-metrics-legend'))"
                        + ".every(e => e.getBoundingClientRect().right <= g.right + 0.5)", gadget));
        InsightsUi.screenshot(driver, "metrics-narrow");

        driver.manage().window().setSize(new Dimension(1280, 900));
        Browser.waitFor(driver).until(d -> {
            Long width = chartWidth(js, id);
            return width != null && width > narrow + 100;
        });
    }

    /** The width the gadget drew its chart for, or null while it is being redrawn. */
    private static Long chartWidth(JavascriptExecutor js, String gadgetId) {
        Object width = js.executeScript("const chart = document.querySelector('#gadget-' + arguments[0] + ' svg.productops-metrics-chart');"
                + " return chart && chart.getAttribute('data-width');", gadgetId);
        return width == null ? null : Long.valueOf(width.toString());
    }
}

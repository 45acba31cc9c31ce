package dev.productops.standin.browser;

import dev.productops.standin.RunningStandIn;
import org.junit.After;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.productops.standin.browser.InsightsUi.visible;
import static dev.productops.standin.browser.InsightsUi.waitFor;
import static dev.productops.standin.browser.InsightsUi.waitForText;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The settings page (issue 10): an administrator edits a rate and the segment list, reloads and sees them; refusals
 * show the server's words in the section; bob is sent to the login page; every state is axe-clean.
 */
public class SettingsPageIT {
    private static final RunningStandIn JIRA = new RunningStandIn();
    private static final SignedInBrowser BROWSER = new SignedInBrowser(JIRA, "admin");
    @ClassRule
    public static final RuleChain STAND_IN_AND_BROWSER = SignedInBrowser.around(JIRA, BROWSER);
    @Rule
    public final TestRule noScriptErrors = BROWSER.noScriptErrors();

    private static final String PAGE = "/plugins/servlet/productops/settings";
    private static final String DEFAULT_RATES = "{\"base\":\"USD\",\"rates\":{\"EUR\":1.08,\"GBP\":1.27}}";
    private static final By SEGMENT_NAMES = By.cssSelector("#productops-settings-segment input[type='text']");

    private final WebDriver driver = BROWSER.driver();

    @After
    public void defaultRates() throws Exception {
        RunningStandIn.json(JIRA.api("PUT", "/settings/currency", "admin", DEFAULT_RATES), 200);
    }

    @Test
    public void anAdministratorEditsARateAndTheSegmentsAndSeesThemAfterAReload() throws Exception {
        InsightsUi.customer(JIRA, "Harbour Outfitters", "Retail", 40_000);
        open();
        Accessibility.assertNoSeriousViolations(driver, "settings page");

        driver.findElement(By.id("productops-settings-rates-add")).click();
        List<WebElement> codes = driver.findElements(By.cssSelector("#productops-settings-rates input[type='text']"));
        WebElement code = codes.get(codes.size() - 1);
        assertEquals("Add rate puts focus in the new row", code, driver.switchTo().activeElement());
        code.sendKeys("CHF" + Keys.TAB + "1.12");
        driver.findElement(By.id("productops-settings-currency-save")).click();
        flag("Currency settings saved.", "currency");

        WebElement retail = segmentRow("Retail");
        retail.clear();
        retail.sendKeys("Retail and outdoor");
        driver.findElement(By.id("productops-settings-segment-add")).click();
        List<WebElement> names = driver.findElements(SEGMENT_NAMES);
        names.get(names.size() - 1).sendKeys("Agencies" + Keys.TAB + Keys.chord(Keys.CONTROL, "a") + "0.5");
        driver.findElement(By.id("productops-settings-segments-save")).click();
        flag("Customer segments saved.", "segments");

        open();
        assertEquals(1.12, RunningStandIn.json(JIRA.api("GET", "/settings/currency", "alice", null), 200).get("rates").get("CHF").asDouble(), 0);
        List<String> rateRows = driver.findElements(By.cssSelector("#productops-settings-rates tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("input")).stream().map(i -> i.getAttribute("value")).toList().toString()).toList();
        assertTrue(rateRows.toString(), rateRows.contains("[CHF, 1.12]"));
        List<String> segments = driver.findElements(SEGMENT_NAMES).stream().map(i -> i.getAttribute("value")).toList();
        assertTrue(segments.toString(), segments.contains("Retail and outdoor") && segments.contains("Agencies") && !segments.contains("Retail"));
        assertEquals("0.5", weightOf("Agencies"));
        assertEquals("the customer follows the rename", "Retail and outdoor",
                InsightsUi.get(JIRA, "admin", "/customers?query=outfitters").get("values").get(0).get("segment").asText());
    }

    @Test
    public void refusalsShowTheServersWordsInTheirSection() throws Exception {
        InsightsUi.customer(JIRA, "Quayside Books", "Bookshops", 12_000);
        open();
        // The sample has customers in EUR: dropping its rate would leave them without one.
        WebElement eurRow = driver.findElements(By.cssSelector("#productops-settings-rates tbody tr")).stream()
                .filter(row -> "EUR".equals(row.findElement(By.tagName("input")).getAttribute("value"))).findFirst().orElseThrow();
        eurRow.findElement(By.tagName("button")).click();
        driver.findElement(By.id("productops-settings-currency-save")).click();
        waitForText(driver, By.cssSelector("#productops-settings-currency .aui-message-error"), "would have no rate");

        segmentRow("Bookshops").findElement(By.xpath("ancestor::tr//button")).click();
        driver.findElement(By.id("productops-settings-segments-save")).click();
        waitForText(driver, By.cssSelector("#productops-settings-segments .aui-message-error"), "'Bookshops' (1 customer)");

        WebElement group = driver.findElement(By.id("productops-settings-group-name"));
        group.clear();
        group.sendKeys("SOFTWARE");
        assertEquals("Jira's group picker suggests by part of the name", List.of("jira-software-users"), InsightsUi.suggestions(driver, group));
        group.clear();
        group.sendKeys("no-such-group" + Keys.ENTER);
        waitForText(driver, By.id("productops-settings-group-name-error"), "Jira has no group 'no-such-group'");
        assertEquals("focus goes to the field in error", group, driver.switchTo().activeElement());
        Accessibility.assertNoSeriousViolations(driver, "settings page with errors");

        assertEquals(RunningStandIn.json(JIRA.api("GET", "/settings/currency", "admin", null), 200).get("rates").has("EUR"), true);
        assertEquals("product-ops", InsightsUi.get(JIRA, "admin", "/config/product-ops-group").get("group").asText());
    }

    @Test
    public void bobIsSentToTheLoginPageAndSeesNoSettingsLink() throws Exception {
        HttpResponse<String> refused = JIRA.send(HttpRequest.newBuilder(URI.create(JIRA.url(PAGE))).GET(), "bob");
        assertEquals(302, refused.statusCode());
        assertThat(refused.headers().firstValue("Location").orElse(""), containsString("/login.jsp?os_destination="));

        WebDriver bob = InsightsUi.logIn(JIRA, "bob");
        try {
            bob.get(JIRA.url(PAGE));
            visible(bob, By.id("login-form"));
            assertEquals(0, bob.findElements(By.id("productops-settings")).size());
            bob.get(JIRA.url("/plugins/servlet/productops/customers"));
            visible(bob, By.id("productops-customers-query"));
            assertEquals(0, bob.findElements(By.cssSelector(".productops-customers-settings")).size());
        } finally {
            bob.quit();
        }
    }

    @Test
    public void upmsConfigureButtonAndTheCustomersPageLeadHere() throws Exception {
        Matcher configure = Pattern.compile("<param name=\"configure.url\">([^<]+)</param>")
                .matcher(Files.readString(Paths.get("atlassian-plugin.xml")));
        assertTrue("the descriptor names a configure URL", configure.find());
        assertEquals(PAGE, configure.group(1));

        driver.get(JIRA.url("/plugins/servlet/productops/customers"));
        visible(driver, By.cssSelector(".productops-customers-settings")).click();
        visible(driver, By.id("productops-settings-group-name"));
        assertEquals(JIRA.url(PAGE), driver.getCurrentUrl());
    }

    /** A success flag (an earlier one may still be showing); a refusal in the section instead fails with its words. */
    private void flag(String text, String section) {
        waitFor(driver).until(d -> {
            List<WebElement> refused = d.findElements(By.cssSelector("#productops-settings-" + section + " .aui-message-error"));
            if (!refused.isEmpty()) {
                throw new AssertionError("refused: " + refused.get(0).getText());
            }
            return d.findElements(By.cssSelector(".aui-flag")).stream().anyMatch(f -> f.getText().contains(text));
        });
    }

    private void open() {
        driver.get(JIRA.url(PAGE));
        for (String form : List.of("group", "links", "currency", "segments")) {
            visible(driver, By.id("productops-settings-" + form + "-form"));
        }
    }

    private WebElement segmentRow(String name) {
        return waitFor(driver).until(d -> d.findElements(SEGMENT_NAMES).stream()
                .filter(input -> name.equals(input.getAttribute("value"))).findFirst().orElse(null));
    }

    private String weightOf(String segment) {
        return segmentRow(segment).findElement(By.xpath("ancestor::tr//input[@type='number']")).getAttribute("value");
    }
}

package dev.productops.standin.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.Browser;
import dev.productops.standin.RunningStandIn;
import dev.productops.standin.store.HostIssue;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * What the insights browser tests share: test data made through the REST API (as an integrator would, never
 * relying on seeded insights), logging in, waiting, screenshots of what the user saw, and a check that the
 * page's scripts raised no errors.
 */
final class InsightsUi {
    static final String REST = "/rest/productops/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Screenshots of each test's key moments, for a human to look at (target/ is the build's output). */
    private static final Path SCREENSHOTS = Paths.get(System.getProperty("productops.screenshots", "target/browser-screenshots"));

    private InsightsUi() {
    }

    // ---- Browser ------------------------------------------------------------------------------------

    static WebDriver logIn(RunningStandIn jira, String user) throws IOException {
        WebDriver driver = Browser.start();
        driver.get(jira.url("/login.jsp"));
        Browser.logIn(driver, user);
        Browser.waitForPage(driver);
        return driver;
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return Browser.waitFor(driver);
    }

    static WebElement visible(WebDriver driver, By locator) {
        return waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    static void waitForText(WebDriver driver, By locator, String text) {
        waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The values a datalist offers for the input, once the server (ours or Jira's picker) answered. */
    static List<String> suggestions(WebDriver driver, WebElement input) {
        String list = input.getAttribute("list");
        waitFor(driver).until(d -> !d.findElements(By.cssSelector("#" + list + " option")).isEmpty());
        return driver.findElements(By.cssSelector("#" + list + " option")).stream().map(option -> option.getAttribute("value")).toList();
    }

    static Object script(WebDriver driver, String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Types into a customer picker and chooses the offered option with exactly that text (a name, or "New customer …"). */
    static void pickCustomer(WebDriver driver, String inputId, String typed, String optionText) {
        WebElement input = driver.findElement(By.id(inputId));
        input.clear();
        input.sendKeys(typed);
        visible(driver, By.xpath("//ul[@id='" + inputId + "-options']/li[@role='option'][span[1][text()='" + optionText + "']]")).click();
        waitFor(driver).until(d -> d.findElement(By.id(inputId)).getAttribute("aria-expanded").equals("false"));
    }

    /** Opens an issue and waits until the Customer evidence panel is there. */
    static WebElement openIssuePanel(WebDriver driver, RunningStandIn jira, String issueKey) {
        driver.get(jira.url("/browse/" + issueKey));
        return visible(driver, panel(issueKey));
    }

    static By panel(String issueKey) {
        return By.cssSelector(".productops-evidence[data-issue-key='" + issueKey + "']");
    }

    static By inPanel(String issueKey, String css) {
        return By.cssSelector(".productops-evidence[data-issue-key='" + issueKey + "'] " + css);
    }

    /** Opens the library and waits until its first search has answered (results, empty state or error). */
    static void openLibrary(WebDriver driver, RunningStandIn jira, String queryString) {
        driver.get(jira.url("/plugins/servlet/productops/insights" + (queryString == null ? "" : "?" + queryString)));
        waitForLibrarySearch(driver);
    }

    static void waitForLibrarySearch(WebDriver driver) {
        waitFor(driver).until(d -> d.findElements(By.cssSelector(".productops-library-results[aria-busy='true']")).isEmpty()
                && !d.findElements(By.cssSelector(".productops-library-results")).isEmpty());
    }

    static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Script errors the browser logged since the last call (Chromium's console, level SEVERE). */
    static List<String> scriptErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // Expected refusals (a hidden issue's 404, a 422) are logged by Chromium as failed requests.
                .filter(message -> !message.contains("Failed to load resource"))
                .toList();
    }

    /**
     * Done issues of a project that have no evidence yet (the sample links evidence to open work and to some
     * recently delivered issues; these are the others). Each test takes its own, so counts never mix.
     */
    static List<String> issuesWithoutEvidence(RunningStandIn jira, String projectKey) {
        java.util.Set<Long> linked = new java.util.HashSet<>();
        try (java.sql.Connection connection = jira.standIn().entityManager().getProvider().getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT DISTINCT ISSUE_ID FROM AO_81842C_INSIGHT_LINK")) {
            while (rows.next()) {
                linked.add(rows.getLong(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return jira.standIn().data().issues().stream()
                .filter(HostIssue::isDone)
                .filter(issue -> issue.key().startsWith(projectKey + "-"))
                .filter(issue -> !linked.contains(issue.id()))
                .map(HostIssue::key)
                .toList();
    }

    // ---- Layout -------------------------------------------------------------------------------------

    /** Runs a check with the window at 768 × 768 px (a tablet, or a browser beside another window), then restores it. */
    static void atTabletSize(WebDriver driver, Runnable check) {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(768, 768));
        try {
            check.run();
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The element's whole box is inside the window, neither cut off at a side nor below the fold. */
    static void assertInsideWindow(WebDriver driver, String what, By locator) {
        List<?> box = (List<?>) script(driver, "var r = arguments[0].getBoundingClientRect();"
                + "return [r.left, r.right, r.top, r.bottom, document.documentElement.clientWidth, window.innerHeight];",
                driver.findElement(locator));
        double[] at = box.stream().mapToDouble(value -> ((Number) value).doubleValue()).toArray();
        if (at[0] < 0 || at[1] > at[4] || at[2] < 0 || at[3] > at[5]) {
            throw new AssertionError(what + " is not inside the " + at[4] + " × " + at[5] + " window: " + box);
        }
    }

    /** The element is in view inside its dialog's content, not below the part that needs scrolling. */
    static void assertInViewInDialog(WebDriver driver, String what, By locator) {
        if (!Boolean.TRUE.equals(script(driver, "var c = arguments[0].closest('.aui-dialog2-content').getBoundingClientRect();"
                + "var r = arguments[0].getBoundingClientRect(); return r.top >= c.top && r.bottom <= c.bottom;", driver.findElement(locator)))) {
            throw new AssertionError(what + " needs scrolling inside the dialog");
        }
    }

    // ---- REST ---------------------------------------------------------------------------------------

    static JsonNode post(RunningStandIn jira, String user, String path, Object body) throws IOException, InterruptedException {
        return send(jira, user, path, "POST", body);
    }

    private static JsonNode send(RunningStandIn jira, String user, String path, String method, Object body)
            throws IOException, InterruptedException {
        return call(jira, user, HttpRequest.newBuilder(URI.create(jira.url(REST + path)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    static JsonNode get(RunningStandIn jira, String user, String path) throws IOException, InterruptedException {
        return call(jira, user, HttpRequest.newBuilder(URI.create(jira.url(REST + path))).GET());
    }

    private static JsonNode call(RunningStandIn jira, String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = jira.send(request.header("Accept", "application/json"), user);
        if (response.statusCode() >= 300) {
            throw new AssertionError("REST call failed with " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    /** Customers choose their segment from the managed list: the test's segment joins it first (weight 1). */
    static int customer(RunningStandIn jira, String name, String segment, long arr) throws IOException, InterruptedException {
        listSegment(jira, segment);
        return post(jira, "admin", "/customers", Map.of("name", name, "segment", segment, "arr", arr, "currency", "USD")).get("id").asInt();
    }

    static void listSegment(RunningStandIn jira, String segment) throws IOException, InterruptedException {
        List<Map<String, Object>> segments = new java.util.ArrayList<>();
        for (JsonNode listed : get(jira, "admin", "/settings/segments").get("segments")) {
            if (listed.get("name").asText().equalsIgnoreCase(segment)) {
                return;
            }
            segments.add(Map.of("name", listed.get("name").asText(), "weight", listed.get("weight").asDouble()));
        }
        segments.add(Map.of("name", segment));
        send(jira, "admin", "/settings/segments", "PUT", Map.of("segments", segments));
    }

    /** An insight captured by admin; links are issue key → importance. */
    static int insight(RunningStandIn jira, String title, String quote, String source, Integer customerId,
                       Map<String, Integer> links, List<String> tags) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("quote", quote);
        body.put("source", source);
        body.put("customerId", customerId);
        body.put("tags", tags);
        body.put("links", links.entrySet().stream().map(link -> Map.of("issueKey", link.getKey(), "importance", link.getValue())).toList());
        return post(jira, "admin", "/insights", body).get("id").asInt();
    }

    /** Waits until the panel (re-rendered after each change) shows exactly these numbers. */
    static void assertPanelCounts(WebDriver driver, String issueKey, String score, String insights, String customers) {
        Map<String, String> expected = Map.of(".productops-evidence-score", score, ".productops-evidence-insight-count", insights,
                ".productops-evidence-customer-count", customers);
        try {
            waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> expected.entrySet().stream()
                    .allMatch(number -> number.getValue().equals(d.findElement(inPanel(issueKey, number.getKey())).getText())));
        } catch (TimeoutException e) {
            throw new AssertionError("panel of " + issueKey + " shows " + driver.findElement(panel(issueKey)).getText()
                    + "; expected score " + score + ", insights " + insights + ", customers " + customers, e);
        }
    }
}

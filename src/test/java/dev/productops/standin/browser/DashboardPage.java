package dev.productops.standin.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.Browser;
import dev.productops.standin.RunningStandIn;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The system dashboard and the metrics gadget on it, as the browser tests use them. */
final class DashboardPage {
    static final String PATH = "/secure/Dashboard.jspa";
    static final String GADGETS = "/rest/dashboards/1.0/10000/gadget";
    static final String METRICS_ITEM = "dev.productops.jira:metrics-dashboard-item";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DashboardPage() {
    }

    static void open(WebDriver driver, RunningStandIn jira) {
        driver.get(jira.url(PATH));
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#standin-dashboard[data-ready='true']")));
    }

    /** A metrics gadget placed and configured through the dashboard's REST API, as an administrator would have. */
    static String addConfigured(RunningStandIn jira, Map<String, String> preferences) throws Exception {
        HttpResponse<String> added = jira.send(json("POST", jira, GADGETS, JSON.writeValueAsString(Map.of("moduleKey", METRICS_ITEM))), "admin");
        String id = JSON.readTree(added.body()).get("id").asText();
        HttpResponse<String> saved = jira.send(json("PUT", jira, GADGETS + "/" + id + "/prefs", JSON.writeValueAsString(preferences)), "admin");
        if (saved.statusCode() != 204) {
            throw new IllegalStateException(saved.body());
        }
        return id;
    }

    static WebElement gadget(WebDriver driver, String id) {
        return driver.findElement(By.id("gadget-" + id));
    }

    /** Waits until the gadget's metric is drawn (or empty, or an error), not merely loading. */
    static WebElement settled(WebDriver driver, String id) {
        By content = By.cssSelector("#gadget-" + id + " .productops-metrics:not([aria-busy])[data-state='ready'],"
                + "#gadget-" + id + " .productops-metrics:not([aria-busy])[data-state='empty'],"
                + "#gadget-" + id + " .productops-metrics:not([aria-busy])[data-state='error']");
        return Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(content));
    }

    static String title(WebDriver driver, String id) {
        return gadget(driver, id).findElement(By.className("standin-gadget-title")).getText();
    }

    /** The gadget's menu (administrators only): opens it and chooses Configure. */
    static WebElement configure(WebDriver driver, String id) {
        gadget(driver, id).findElement(By.className("standin-gadget-menu-trigger")).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#gadget-" + id + "-menu .standin-gadget-configure"))).click();
        return Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#gadget-" + id + " form.productops-metrics-config")));
    }

    /** A headline number in the gadget by its totals key (resolved, linked, open...): a link when it has a drill-down. */
    static WebElement number(WebElement gadget, String total) {
        return gadget.findElement(By.cssSelector(".productops-metrics-number[data-total='" + total + "']"));
    }

    static int count(WebElement element) {
        return Integer.parseInt(element.getText().replaceAll("[^0-9]", ""));
    }

    /** What the REST API answers an administrator for the gadget's default period (the last 12 weeks, from a Monday). */
    static JsonNode metric(RunningStandIn jira, String metric, String projects, String user) throws Exception {
        // As the gadget asks: twelve weeks, counted by the server in the viewer's zone (the test's clock may differ).
        HttpResponse<String> response = jira.get("/rest/productops/1.0/metrics/" + metric + "?projects=" + projects
                + "&weeks=12&interval=week&threshold=3", user);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.body());
        }
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder json(String method, RunningStandIn jira, String path, String body) {
        return HttpRequest.newBuilder(URI.create(jira.url(path))).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
}

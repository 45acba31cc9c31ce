package dev.productops.realjira;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * Opens the app's four places in a logged-in browser (the issue's Customer evidence panel, the insights library,
 * the dependency board of the issue's project, the dashboard) and fails on anything Chromium logs at SEVERE
 * level: script errors, failed requests, CSP refusals. Only our own markup is waited for, so the same selectors
 * hold on Jira and on the stand-in. A screenshot of each page is kept for a look by eye.
 */
final class BrowserPages {
    private final WebDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private final Duration patience;
    private final PrintStream out;

    BrowserPages(WebDriver driver, String baseUrl, Path screenshots, Duration patience, PrintStream out) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        this.patience = patience;
        this.out = out;
    }

    void check(String user, String password, RestEndpoints.Subject subject) throws CheckFailure, IOException {
        String issuePath = "/browse/" + subject.issueKey();
        logIn(user, password, issuePath);
        List<String> failures = new ArrayList<>();
        page(failures, "issue panel", issuePath, ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".productops-evidence[data-issue-key='" + subject.issueKey() + "']")), null);
        page(failures, "insights library", "/plugins/servlet/productops/insights",
                d -> !d.findElements(By.cssSelector(".productops-library-results")).isEmpty()
                        && d.findElements(By.cssSelector(".productops-library-results[aria-busy='true']")).isEmpty(),
                ".productops-library .aui-message-error");
        page(failures, "dependency board", "/plugins/servlet/productops/board?projects="
                        + URLEncoder.encode(subject.projectKey(), StandardCharsets.UTF_8),
                ExpectedConditions.or(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".productops-board-grid[data-ready='true']")),
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".productops-board-empty")),
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".productops-board-error")),
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".productops-board-scroll > .aui-message"))),
                ".productops-board-error");
        // Our gadget may or may not be on the dashboard; its scripts load there either way. Where it is, wait until it drew.
        page(failures, "dashboard", "/secure/Dashboard.jspa",
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                        && d.findElements(By.cssSelector(".productops-metrics[aria-busy]")).isEmpty(),
                ".productops-metrics[data-state='error']");
        if (!failures.isEmpty()) {
            throw new CheckFailure("In the browser:\n  - " + String.join("\n  - ", failures)
                    + "\n  Screenshots: " + screenshots.toAbsolutePath());
        }
    }

    private void logIn(String user, String password, String destination) throws CheckFailure {
        driver.get(baseUrl + "/login.jsp?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        try {
            waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("login-form-username")));
        } catch (TimeoutException e) {
            throw new CheckFailure("No Jira login form (#login-form-username) at " + driver.getCurrentUrl()
                    + ": the browser part needs Jira's own login page, not single sign-on.");
        }
        driver.findElement(By.id("login-form-username")).sendKeys(user);
        driver.findElement(By.id("login-form-password")).sendKeys(password);
        driver.findElement(By.id("login-form-submit")).click();
        try {
            waitUntil(d -> !d.getCurrentUrl().contains("/login.jsp"));
        } catch (TimeoutException e) {
            throw new CheckFailure("Logging in to the browser as " + user + " failed (still on " + driver.getCurrentUrl() + ").");
        }
        consoleErrors();
    }

    private void page(List<String> failures, String name, String path, ExpectedCondition<?> ready, String errorShown) throws IOException {
        driver.get(baseUrl + path);
        try {
            waitUntil(ready);
            // Late script errors (a render after the data came) show up within a moment.
            Thread.sleep(500);
        } catch (TimeoutException e) {
            failures.add(name + " (" + path + ") did not finish loading within " + patience.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (errorShown != null) {
            for (WebElement error : driver.findElements(By.cssSelector(errorShown))) {
                failures.add(name + " shows an error: " + error.getText().replaceAll("\\s+", " ").trim());
            }
        }
        for (String error : consoleErrors()) {
            failures.add(name + " console: " + error);
        }
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(name.replace(' ', '-') + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        out.println("  opened " + name + ": " + path);
    }

    private void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, patience).until(condition);
    }

    /** Everything Chromium logged at SEVERE since the last call (reading the log empties it). */
    private List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}

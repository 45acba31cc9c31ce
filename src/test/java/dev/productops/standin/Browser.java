package dev.productops.standin;

import org.junit.Assume;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (never a downloaded browser). Browser tests are
 * skipped where Chromium is missing, unless -Dproductops.browser.tests=required (as .ci/run sets).
 */
public final class Browser {
    static final File CHROMIUM = new File(System.getProperty("productops.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("productops.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static WebDriver start() throws IOException {
        assumeInstalled();
        return chromium();
    }

    /** Skips the calling test where Chromium is missing, or fails it there when browser tests are required. */
    public static void assumeInstalled() {
        if (!installed() && "required".equals(System.getProperty("productops.browser.tests"))) {
            throw new IllegalStateException("Chromium and chromedriver are required: apt-get install chromium chromium-driver");
        }
        Assume.assumeTrue("Chromium/chromedriver not installed: browser tests skipped", installed());
    }

    public static boolean installed() {
        return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    }

    /** A fresh headless Chromium with its console readable; outside JUnit (scripts/real-jira-check) too. */
    public static WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("productops-chromium"));
        // Lets tests read the console, to fail on script errors the page would otherwise hide.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Submits the login form and waits until the browser has left it: the login page has a #content of its own. */
    public static void logIn(WebDriver driver, String user) {
        driver.findElement(By.id("login-form-username")).sendKeys(user);
        driver.findElement(By.id("login-form-password")).sendKeys(user);
        WebElement submit = driver.findElement(By.id("login-form-submit"));
        submit.click();
        waitFor(driver).until(ExpectedConditions.stalenessOf(submit));
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public static void waitForPage(WebDriver driver) {
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
    }
}

package dev.productops.bench.board;

import dev.productops.standin.Browser;
import dev.productops.standin.JiraStandIn;
import dev.productops.standin.sample.ScaleOrganisation;
import dev.productops.standin.store.HostData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The board page in headless Chromium at 5,000 cards (20 teams, 20,000 dependencies): time from navigation
 * until cards and arrows are in, and the longest gap between animation frames while it draws (a frozen page
 * shows as a gap of seconds). A measurement, not a test.
 */
public final class BoardBrowserScaleMain {
    private static final int RUNS = 3;
    private static final String FRAME_WATCH = """
            const done = arguments[arguments.length - 1];
            let last = performance.now(), worst = 0;
            function tick(now) {
              worst = Math.max(worst, now - last); last = now;
              const grid = document.querySelector('.productops-board-grid[data-ready="true"]');
              if (grid) { done({worst: Math.round(worst), arrows: grid.getAttribute('data-arrows'), bundles: grid.getAttribute('data-bundles'),
                                cards: document.querySelectorAll('.productops-board-card').length}); }
              else { requestAnimationFrame(tick); }
            }
            requestAnimationFrame(tick);
            """;

    private BoardBrowserScaleMain() {
    }

    public static void main(String[] args) throws Exception {
        HostData data = ScaleOrganisation.generate(20, 5_000, 20_000, 7L, LocalDate.now());
        Path dataDir = Files.createTempDirectory("board-browser");
        JiraStandIn.Settings settings = new JiraStandIn.Settings(0, dataDir, Optional.empty(), Path.of("target/npm/node_modules"), 7L);
        List<String> lines = new ArrayList<>();
        try (JiraStandIn standIn = JiraStandIn.start(settings, data, false)) {
            WebDriver driver = Browser.start();
            try {
                driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
                driver.get(standIn.baseUrl() + "/login.jsp");
                Browser.logIn(driver, "admin");
                Browser.waitForPage(driver);
                String teams = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("T%02d", i)).collect(Collectors.joining(","));
                List<Long> times = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    driver.get(standIn.baseUrl() + "/plugins/servlet/productops/board?projects=" + teams);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> frames = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(FRAME_WATCH);
                    new WebDriverWait(driver, Duration.ofMinutes(3)).until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".productops-board-grid[data-ready='true']")));
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    times.add(millis);
                    lines.add(String.format("run %d: ready after %d ms; longest frame gap after load %s ms; cards drawn %s; arrows drawn %s; bundles %s",
                            run + 1, millis, frames.get("worst"), frames.get("cards"), frames.get("arrows"), frames.get("bundles")));
                }
                Collections.sort(times);
                lines.add("median time to a ready board: " + times.get(times.size() / 2) + " ms");
            } finally {
                driver.quit();
            }
        }
        String report = String.join("\n", lines);
        System.out.println("\n" + report + "\n");
        Path results = Path.of(System.getProperty("bench.results", "target/benchmark"));
        Files.createDirectories(results);
        Files.writeString(results.resolve("board-browser.md"), report + "\n", StandardCharsets.UTF_8);
        // The stand-in leaves non-daemon threads behind (Felix, Jetty), so the program ends itself once it has reported.
        System.exit(0);
    }
}

package dev.productops.realjira;

import com.sun.net.httpserver.HttpServer;
import dev.productops.standin.Browser;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.WebDriver;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.fail;

/**
 * The browser part fails on a script error: a fake Jira serves the login form and the four pages with the app's
 * markup, one of them with a script that throws. (RealJiraCheckIT shows the clean pass on the stand-in.)
 */
public class BrowserPagesIT {
    @Rule
    public final TemporaryFolder screenshots = new TemporaryFolder();

    private HttpServer jira;
    private WebDriver driver;

    @After
    public void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (jira != null) {
            jira.stop(0);
        }
    }

    @Test
    public void aScriptErrorOnOnePageFailsTheCheckAndNamesThePage() throws Exception {
        Browser.assumeInstalled();
        jira = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jira.createContext("/jira/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            if (path.equals("/jira/login.jsp")) {
                String destination = exchange.getRequestURI().getQuery().replaceFirst("^os_destination=", "");
                body = "<form method='get' action='" + java.net.URLDecoder.decode(destination, StandardCharsets.UTF_8).replaceFirst("^/", "/jira/")
                        + "'><input id='login-form-username'><input id='login-form-password' type='password'>"
                        + "<button id='login-form-submit'>Log in</button></form>";
            } else if (path.equals("/jira/browse/PAY-1")) {
                body = "<div class='productops-evidence' data-issue-key='PAY-1'></div>";
            } else if (path.equals("/jira/plugins/servlet/productops/insights")) {
                body = "<div class='productops-library'><div class='productops-library-results'></div></div>"
                        + "<script>throw new Error('library exploded');</script>";
            } else if (path.equals("/jira/plugins/servlet/productops/board")) {
                body = "<div class='productops-board-empty'></div>";
            } else if (path.equals("/jira/favicon.ico")) {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                return;
            } else {
                body = "<p>dashboard</p>";
            }
            byte[] bytes = ("<!DOCTYPE html><html><head><link rel='icon' href='data:,'></head><body>" + body + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        jira.start();
        driver = Browser.chromium();
        String base = "http://127.0.0.1:" + jira.getAddress().getPort() + "/jira";
        BrowserPages pages = new BrowserPages(driver, base, screenshots.getRoot().toPath(), Duration.ofSeconds(10),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        try {
            pages.check("admin", "admin", new RestEndpoints.Subject("PAY-1", "PAY"));
            fail("a script error must fail the check");
        } catch (CheckFailure e) {
            assertThat(e.getMessage(), containsString("insights library console:"));
            assertThat(e.getMessage(), containsString("library exploded"));
            assertThat(e.getMessage(), not(containsString("issue panel")));
            assertThat(e.getMessage(), not(containsString("dependency board")));
        }
    }
}

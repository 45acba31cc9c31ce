package dev.productops.realjira;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/** The upload against a fake UPM that answers as UPM does: token header, a textarea-wrapped task, a redirect when done. */
public class UpmInstallTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private HttpServer upm;
    private final List<String> seen = new ArrayList<>();

    @After
    public void stop() {
        if (upm != null) {
            upm.stop(0);
        }
    }

    @Test
    public void uploadsTheJarWithTheSessionsTokenAndFollowsTheTaskToItsEnd() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        start(exchange -> {
            String method = exchange.getRequestMethod();
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            if (method.equals("GET") && exchange.getRequestURI().getPath().equals("/jira/rest/plugins/1.0/")) {
                exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=s1; Path=/jira");
                exchange.getResponseHeaders().add("upm-token", "T42");
                answer(exchange, 200, "{\"plugins\":[]}");
            } else if (method.equals("POST")) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
                seen.add(query + " " + exchange.getRequestHeaders().getFirst("Cookie") + " "
                        + body.contains("name=\"plugin\"; filename=\"app.jar\"") + " " + body.contains("JARBYTES"));
                answer(exchange, 202, "<textarea>{\"type\":\"INSTALL\",\"pingAfter\":10,\"status\":{\"done\":false,"
                        + "\"contentType\":\"application/vnd.atl.plugins.install.installing+json\"},"
                        + "\"links\":{\"self\":\"/jira/rest/plugins/1.0/pending/abc\"}}</textarea>");
            } else if (exchange.getRequestURI().getPath().equals("/jira/rest/plugins/1.0/pending/abc")) {
                if (polls.incrementAndGet() < 3) {
                    answer(exchange, 200, "{\"type\":\"INSTALL\",\"pingAfter\":10,\"status\":{\"done\":false},"
                            + "\"links\":{\"self\":\"/jira/rest/plugins/1.0/pending/abc\"}}");
                } else {
                    exchange.getResponseHeaders().add("Location", "/jira/rest/plugins/1.0/dev.productops.jira-key");
                    answer(exchange, 303, "");
                }
            } else {
                answer(exchange, 404, "{}");
            }
        });

        new UpmInstall(jira(), Duration.ofSeconds(10)).install(jar());

        assertEquals(List.of("token=T42 JSESSIONID=s1 true true"), seen);
        assertEquals(3, polls.get());
    }

    @Test
    public void reportsUpmsReasonWhenTheInstallFails() throws Exception {
        start(exchange -> {
            if (exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath().endsWith("/1.0/")) {
                exchange.getResponseHeaders().add("upm-token", "T1");
                answer(exchange, 200, "{}");
            } else if (exchange.getRequestMethod().equals("POST")) {
                answer(exchange, 202, "{\"links\":{\"self\":\"/jira/rest/plugins/1.0/pending/x\"},\"status\":{\"done\":false}}");
            } else {
                answer(exchange, 200, "{\"status\":{\"done\":true,\"contentType\":\"application/vnd.atl.plugins.task.install.err+json\","
                        + "\"errorMessage\":\"The plugin descriptor is invalid\"}}");
            }
        });
        try {
            new UpmInstall(jira(), Duration.ofSeconds(10)).install(jar());
            fail("a failed install must fail the check");
        } catch (CheckFailure e) {
            assertThat(e.getMessage(), containsString("The plugin descriptor is invalid"));
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void start(Handler handler) throws IOException {
        upm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upm.createContext("/", handler::handle);
        upm.start();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private JiraHttp jira() {
        return new JiraHttp("http://127.0.0.1:" + upm.getAddress().getPort() + "/jira", "admin", "admin");
    }

    private Path jar() throws IOException {
        Path jar = folder.getRoot().toPath().resolve("app.jar");
        Files.writeString(jar, "JARBYTES");
        return jar;
    }
}

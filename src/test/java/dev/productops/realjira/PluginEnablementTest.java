package dev.productops.realjira;

import com.sun.net.httpserver.HttpServer;
import org.junit.After;
import org.junit.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/** The wait for enablement against a fake UPM answering what UPM answers while a plugin starts, or fails to. */
public class PluginEnablementTest {
    private static final String KEY = "dev.productops.jira";
    private HttpServer upm;

    @After
    public void stop() {
        if (upm != null) {
            upm.stop(0);
        }
    }

    @Test
    public void waitsUntilThePluginAndEveryModuleAreEnabled() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        serve(() -> switch (asked.incrementAndGet()) {
            case 1 -> new Answer(404, "{}");
            case 2 -> new Answer(200, plugin(false, true, true));
            case 3 -> new Answer(200, plugin(true, true, false));
            default -> new Answer(200, plugin(true, true, true));
        });

        int modules = enablement(Duration.ofSeconds(10)).await(KEY);

        assertEquals(2, modules);
        assertEquals(4, asked.get());
    }

    @Test
    public void namesTheModulesThatStayDisabled() throws Exception {
        serve(() -> new Answer(200, plugin(true, false, true)));
        try {
            enablement(Duration.ofMillis(300)).await(KEY);
            fail("a disabled module must fail the check");
        } catch (CheckFailure e) {
            assertThat(e.getMessage(), containsString("disabled modules: dev.productops.jira:evidence-panel"));
            assertThat(e.getMessage(), not(containsString("dev.productops.jira:rest")));
        }
    }

    @Test
    public void saysWhenThePluginIsNotInstalled() throws Exception {
        serve(() -> new Answer(404, "{}"));
        try {
            enablement(Duration.ofMillis(300)).await(KEY);
            fail("a missing plugin must fail the check");
        } catch (CheckFailure e) {
            assertThat(e.getMessage(), containsString("not installed"));
        }
    }

    @Test
    public void aNonAdministratorIsToldAtOnce() throws Exception {
        serve(() -> new Answer(403, "{}"));
        try {
            enablement(Duration.ofMinutes(5)).await(KEY);
            fail("403 must fail the check");
        } catch (CheckFailure e) {
            assertThat(e.getMessage(), containsString("administrator"));
        }
    }

    private record Answer(int status, String body) {
    }

    private interface Answers {
        Answer next();
    }

    private void serve(Answers answers) throws Exception {
        upm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upm.createContext("/jira/rest/plugins/1.0/" + KEY + "-key", exchange -> {
            Answer answer = answers.next();
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.atl.plugins.plugin+json;charset=UTF-8");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upm.start();
    }

    private PluginEnablement enablement(Duration timeout) {
        JiraHttp jira = new JiraHttp("http://127.0.0.1:" + upm.getAddress().getPort() + "/jira", "admin", "admin");
        return new PluginEnablement(jira, timeout, Duration.ofMillis(20));
    }

    /** UPM's plugin representation, trimmed to the fields the check reads, with two modules. */
    private static String plugin(boolean enabled, boolean panelEnabled, boolean restEnabled) {
        return "{\"key\":\"" + KEY + "\",\"enabled\":" + enabled + ",\"userInstalled\":true,\"modules\":["
                + "{\"key\":\"evidence-panel\",\"completeKey\":\"" + KEY + ":evidence-panel\",\"enabled\":" + panelEnabled + "},"
                + "{\"key\":\"rest\",\"completeKey\":\"" + KEY + ":rest\",\"enabled\":" + restEnabled + "}]}";
    }
}

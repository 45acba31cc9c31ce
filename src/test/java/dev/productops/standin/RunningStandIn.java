package dev.productops.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.plugin.PluginWeb;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A stand-in with the sample organisation on a free port and a fresh database, for one test class. */
public final class RunningStandIn extends ExternalResource {
    private final TemporaryFolder dataDirectory = new TemporaryFolder();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String withoutDependency;
    private final java.util.function.Supplier<dev.productops.standin.store.HostData> data;
    private JiraStandIn standIn;

    public RunningStandIn() {
        this(null);
    }

    private RunningStandIn(String withoutDependency) {
        this(withoutDependency, null);
    }

    private RunningStandIn(String withoutDependency, java.util.function.Supplier<dev.productops.standin.store.HostData> data) {
        this.withoutDependency = withoutDependency;
        this.data = data;
    }

    /** A stand-in over other Jira data (a DCAPT-shaped instance, or part of one), without the sample's evidence. */
    public static RunningStandIn over(java.util.function.Supplier<dev.productops.standin.store.HostData> data) {
        return new RunningStandIn(null, data);
    }

    /** A stand-in whose plugin lacks one web-resource dependency (e.g. com.atlassian.auiplugin:aui-flag) everywhere. */
    public static RunningStandIn withoutDependency(String dependency) {
        return new RunningStandIn(dependency);
    }

    @Override
    protected void before() throws Throwable {
        dataDirectory.create();
        if (withoutDependency != null) {
            System.setProperty(PluginWeb.WITHOUT_DEPENDENCY, withoutDependency);
        }
        try {
            JiraStandIn.Settings settings = new JiraStandIn.Settings(0, dataDirectory.getRoot().toPath(), Optional.empty(),
                    Paths.get(System.getProperty("productops.npm", "target/npm/node_modules")), 42L);
            standIn = data == null ? JiraStandIn.start(settings) : JiraStandIn.start(settings, data.get(), false);
        } finally {
            System.clearProperty(PluginWeb.WITHOUT_DEPENDENCY);
        }
    }

    @Override
    protected void after() {
        if (standIn != null) {
            standIn.close();
        }
        dataDirectory.delete();
    }

    public JiraStandIn standIn() {
        return standIn;
    }

    public String url(String path) {
        return standIn.baseUrl() + path;
    }

    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), user);
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String user) throws IOException, InterruptedException {
        if (user != null) {
            // Sample users' passwords equal their names, as in a Jira test instance.
            String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The plugin's REST API base path. */
    public static final String PLUGIN_API = "/rest/productops/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A call of the plugin's REST API ({@code path} under {@link #PLUGIN_API}) as a user: with a JSON body, or with none
     * and Jira's XSRF token header, as the app's own pages send a POST without a body.
     */
    public HttpResponse<String> api(String method, String path, String user, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(PLUGIN_API + path)));
        request = body == null ? request.header("X-Atlassian-Token", "no-check").method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return send(request, user);
    }

    /** Work that calls the stand-in over HTTP. */
    @FunctionalInterface
    public interface Requests {
        void send() throws Exception;
    }

    /** The SQL statements the plugin sends while the requests run: through Active Objects and as plain SQL through SAL. */
    public java.util.List<String> sqlStatementsOf(Requests requests) throws Exception {
        java.util.List<String> statements = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Consumer<String> plain = statements::add;
        net.java.ao.DatabaseProvider.SqlListener ao = statements::add;
        standIn.database().addSqlListener(plain);
        standIn.entityManager().getProvider().addSqlListener(ao);
        try {
            requests.send();
        } finally {
            standIn.database().removeSqlListener(plain);
            standIn.entityManager().getProvider().removeSqlListener(ao);
        }
        return statements;
    }

    /** The answer's JSON, once its status is the expected one (else the body is the failure's message). */
    public static JsonNode json(HttpResponse<String> response, int expectedStatus) throws IOException {
        assertEquals(response.body(), expectedStatus, response.statusCode());
        return JSON.readTree(response.body());
    }
}

package dev.productops.realjira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Installs a plugin jar the way UPM's "Upload app" does, through its REST API: fetch the {@code upm-token} (UPM's
 * guard against cross-site uploads), post the jar as multipart field {@code plugin} with that token, then follow the
 * install task until UPM says it is done. Sources: see docs/real-jira-check.md.
 */
final class UpmInstall {
    static final String UPM = "/rest/plugins/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JiraHttp jira;
    private final Duration timeout;

    UpmInstall(JiraHttp jira, Duration timeout) {
        this.jira = jira;
        this.timeout = timeout;
    }

    void install(Path jar) throws IOException, InterruptedException, CheckFailure {
        String token = token();
        String boundary = "productops-" + UUID.randomUUID();
        HttpResponse<String> upload = jira.send(HttpRequest.newBuilder(jira.uri(UPM + "?token=" + token))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, jar))));
        if (upload.statusCode() != 202 && upload.statusCode() != 200) {
            throw new CheckFailure("UPM refused the upload of " + jar.getFileName() + ": HTTP " + upload.statusCode() + " " + upload.body());
        }
        JsonNode task = task(upload.body());
        String self = task.path("links").path("self").asText("");
        if (self.isEmpty()) {
            throw new CheckFailure("UPM accepted the upload but named no install task to follow: " + upload.body());
        }
        await(URI.create(jira.baseUrl()).resolve(self));
    }

    private String token() throws IOException, InterruptedException, CheckFailure {
        HttpResponse<String> plugins = jira.get(UPM + "?os_authType=basic", "application/vnd.atl.plugins.installed+json");
        if (plugins.statusCode() == 401 || plugins.statusCode() == 403) {
            throw new CheckFailure("UPM answered " + plugins.statusCode() + ": the user must be a Jira administrator who may manage apps.");
        }
        return plugins.headers().firstValue("upm-token").orElseThrow(() -> new CheckFailure(
                "UPM sent no upm-token header (HTTP " + plugins.statusCode() + "); is " + jira.baseUrl() + " a Jira with UPM?"));
    }

    /** Follows the task until it is done: UPM answers the task while it runs, then redirects to the installed plugin. */
    private void await(URI task) throws IOException, InterruptedException, CheckFailure {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            HttpResponse<String> status = jira.get(task.toString(), "application/json");
            int code = status.statusCode();
            if (code >= 300 && code < 400) {
                return;
            }
            if (code != 200) {
                throw new CheckFailure("Following UPM's install task " + task + " failed: HTTP " + code + " " + status.body());
            }
            JsonNode body = task(status.body());
            if (!body.has("status")) {
                return;
            }
            JsonNode state = body.get("status");
            String contentType = state.path("contentType").asText("");
            if (contentType.contains("err") || state.hasNonNull("errorMessage") || state.hasNonNull("subCode")) {
                throw new CheckFailure("UPM could not install the jar: " + state.path("errorMessage").asText(state.path("subCode").asText(contentType)));
            }
            if (state.path("done").asBoolean(false)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new CheckFailure("UPM's install task did not finish within " + timeout.toSeconds() + " s: " + status.body());
            }
            Thread.sleep(Math.max(200, Math.min(5000, body.path("pingAfter").asLong(1000))));
        }
    }

    /** UPM wraps its answer to a form upload in a textarea (for the iframe its own page posts through). */
    static JsonNode task(String body) throws IOException {
        String json = body.trim();
        if (json.startsWith("<textarea>")) {
            json = json.substring("<textarea>".length(), json.lastIndexOf("</textarea>"));
        }
        return JSON.readTree(json);
    }

    private static byte[] multipart(String boundary, Path jar) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"plugin\"; filename=\"" + jar.getFileName() + "\"\r\n"
                + "Content-Type: application/java-archive\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(jar));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}

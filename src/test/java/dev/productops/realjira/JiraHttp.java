package dev.productops.realjira;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP to one Jira as one user: HTTP Basic on every request, and the cookies Jira sets kept between requests
 * (UPM's upload token belongs to the session that fetched it, and a cluster's load balancer may pin a node by cookie).
 */
final class JiraHttp {
    private final String baseUrl;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(20)).build();

    JiraHttp(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String baseUrl() {
        return baseUrl;
    }

    /** {@code path} starts with "/" and is relative to the base URL (context path included), or is an absolute URL. */
    URI uri(String path) {
        return URI.create(path.startsWith("http://") || path.startsWith("https://") ? path : baseUrl + path);
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.header("Authorization", authorization).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

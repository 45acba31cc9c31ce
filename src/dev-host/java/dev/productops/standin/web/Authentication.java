package dev.productops.standin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.host.RequiredWebResources;
import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostUser;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's two ways in: HTTP Basic on any request, or the session made by the login form. Anonymous REST
 * calls get Jira's 401 JSON; anonymous page views go to the login page and come back afterwards.
 */
public final class Authentication extends HttpRequestFilter {
    static final String SESSION_USER = "productops.standin.user";

    private final HostData data;
    private final ObjectMapper json;

    public Authentication(HostData data, ObjectMapper json) {
        this.data = data;
        this.json = json;
    }

    public Optional<HostUser> verify(String username, String password) {
        return data.user(username == null ? "" : username.trim())
                .filter(user -> user.password().equals(password));
    }

    @Override
    void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<HostUser> user;
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(header.substring(6).trim());
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"protected-area\"");
                writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid username or password.");
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            Object username = session == null ? null : session.getAttribute(SESSION_USER);
            user = username == null ? Optional.empty() : data.user(username.toString());
        }
        if (user.isEmpty() && needsLogin(request)) {
            if (path(request).startsWith("/rest/")) {
                writeError(response, HttpServletResponse.SC_UNAUTHORIZED,
                        "You are not authenticated. Authentication required to perform this operation.");
            } else {
                String destination = path(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                        + URLEncoder.encode(destination, StandardCharsets.UTF_8));
            }
            return;
        }
        SignedInUser.set(user.orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            SignedInUser.set(null);
            RequiredWebResources.clear();
        }
    }

    private Optional<HostUser> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : verify(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean needsLogin(HttpServletRequest request) {
        String path = path(request);
        return !(path.equals("/login.jsp") || path.startsWith("/download/resources/") || path.equals("/logout"));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private void writeError(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), Map.of("errorMessages", List.of(message), "errors", Map.of()));
    }
}

package dev.productops.standin.web;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The XSRF rule of Jira's REST layer ({@code XsrfResourceFilter} in atlassian-rest), for every {@code /rest/} call:
 * <ul>
 *   <li>A POST whose body a plain HTML form or a "simple" cross-origin request can send (no Content-Type, or
 *   {@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}) is refused with 403
 *   "XSRF check failed" unless it carries {@code X-Atlassian-Token: no-check}, a header no other origin can make a
 *   browser send.</li>
 *   <li>A POST from a browser (its User-Agent says so) must come from Jira's own origin: its Origin or Referer is
 *   this server, or it is refused the same way.</li>
 *   <li>PUT and DELETE always need a CORS preflight from another origin, which Jira does not grant; its filter only
 *   logs them, and so does this one.</li>
 * </ul>
 * Sources: Atlassian's "XSRF check failed" knowledge-base article (the {@code no-check} header, 403) and the REST
 * plugin's {@code XsrfCheckTest}; see the README's "XSRF" section.
 */
public final class XsrfCheck extends HttpRequestFilter {
    static final String TOKEN_HEADER = "X-Atlassian-Token";
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getMethod().equals("POST") && !passes(request)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("XSRF check failed");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean passes(HttpServletRequest request) {
        if (fromBrowser(request) && !sameOrigin(request)) {
            return false;
        }
        return !formLike(request.getContentType()) || hasNoCheckToken(request);
    }

    private static boolean formLike(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() || FORM_TYPES.contains(type);
    }

    private static boolean hasNoCheckToken(HttpServletRequest request) {
        String token = request.getHeader(TOKEN_HEADER);
        if (token == null) {
            return false;
        }
        String value = token.strip().toLowerCase(Locale.ENGLISH);
        // "nocheck" is the value REST 2 accepted and later versions still accept, with a deprecation warning.
        return value.equals("no-check") || value.equals("nocheck");
    }

    /** Jira asks a user-agent parser; every browser's User-Agent starts with Mozilla/, curl's and Java's do not. */
    private static boolean fromBrowser(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent != null && agent.startsWith("Mozilla/");
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        return isThisServer(request.getHeader("Referer"), request) || isThisServer(request.getHeader("Origin"), request);
    }

    private static boolean isThisServer(String address, HttpServletRequest request) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}

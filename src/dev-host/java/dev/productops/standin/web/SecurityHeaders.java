package dev.productops.standin.web;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers Jira puts on every answer, so a page of the plugin that only works framed by another site, or a
 * resource served with a sniffable type, fails here as it fails in Jira (adversary F14).
 */
public final class SecurityHeaders extends HttpRequestFilter {
    @Override
    void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }
}

package dev.productops.standin.web;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers Jira puts on every answer, so a page of the plugin that only works framed by another site, or a
 * resource served with a sniffable type, fails here as it fails in Jira (adversary F14).
 */
public final class SecurityHeaders implements Filter {
    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(req, res);
    }
}

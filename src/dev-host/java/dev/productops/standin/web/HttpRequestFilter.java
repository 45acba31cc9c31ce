package dev.productops.standin.web;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A filter of the stand-in's HTTP requests. Servlet 3.1, which Jetty 9.4 implements, has no default init and destroy,
 * and none of the stand-in's filters needs them.
 */
abstract class HttpRequestFilter implements Filter {
    @Override
    public final void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public final void destroy() {
        // nothing to release
    }

    @Override
    public final void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        filter((HttpServletRequest) request, (HttpServletResponse) response, chain);
    }

    abstract void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException;
}

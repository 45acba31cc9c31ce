package dev.productops.standin.web;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a plugin servlet and, when its HTML asks for {@code <meta name="decorator" content="atl.general">},
 * wraps it in Jira's page chrome the way Sitemesh does in Jira: the page's title and body go into the layout.
 */
public final class DecoratedServlet extends HttpServlet {
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"atl\\.(general|admin)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final HttpServlet plugin;
    private final PageLayout layout;

    public DecoratedServlet(HttpServlet plugin, PageLayout layout) {
        this.plugin = plugin;
        this.layout = layout;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        plugin.init(config);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Buffered buffered = new Buffered(response);
        plugin.service(request, buffered);
        String body = buffered.text();
        String type = buffered.getContentType();
        if (type != null && type.startsWith("text/html") && DECORATOR.matcher(body).find()) {
            Matcher title = TITLE.matcher(body);
            Matcher content = BODY.matcher(body);
            layout.writeDecorated(response, buffered.status, title.find() ? title.group(1).trim() : "Jira",
                    content.find() ? content.group(1) : body, "", List.of());
        } else if (!buffered.isCommitted()) {
            response.getOutputStream().write(buffered.bytes.toByteArray());
        }
    }

    /** Keeps what the plugin writes until we know whether to decorate it. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private int status = SC_OK;
        private boolean redirected;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            redirected = true;
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            redirected = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            redirected = true;
            super.sendError(sc);
        }

        @Override
        public boolean isCommitted() {
            return redirected || super.isCommitted();
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    // blocking only
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }
            };
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}

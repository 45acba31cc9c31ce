package dev.productops.standin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.host.JiraCalls;
import dev.productops.standin.jira.JiraErrorJson;
import dev.productops.standin.host.SignedInUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /rest/standin/1.0/jira-calls}, a stand-in-only resource for tests and benchmarks: GET what the plugin asked of
 * Jira since the last reset (calls and rows per method), DELETE to reset. Administrators only; it exists in no Jira.
 */
public final class JiraCallsServlet extends HttpServlet {
    record Report(List<JiraCalls.MethodCalls> calls, long totalCalls, long totalRows) {
        static Report of(List<JiraCalls.MethodCalls> calls) {
            return new Report(calls, calls.stream().mapToLong(JiraCalls.MethodCalls::count).sum(),
                    calls.stream().mapToLong(JiraCalls.MethodCalls::rows).sum());
        }
    }

    private final JiraCalls calls;
    private final ObjectMapper json;

    public JiraCallsServlet(JiraCalls calls, ObjectMapper json) {
        this.calls = calls;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (allowed(response)) {
            response.setContentType("application/json;charset=UTF-8");
            json.writeValue(response.getOutputStream(), Report.of(calls.snapshot()));
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (allowed(response)) {
            calls.reset();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    private boolean allowed(HttpServletResponse response) throws IOException {
        boolean admin = SignedInUser.current().map(u -> u.admin()).orElse(false);
        if (!admin) {
            response.setStatus(SignedInUser.current().isPresent() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            json.writeValue(response.getOutputStream(),
                    JiraErrorJson.errorCollection(List.of("The stand-in's Jira call counts are for administrators."), Map.of()));
        }
        return admin;
    }
}

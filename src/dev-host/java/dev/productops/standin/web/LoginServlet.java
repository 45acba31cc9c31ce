package dev.productops.standin.web;

import dev.productops.standin.store.HostUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /login.jsp}: Jira's login form (os_username / os_password / os_destination). */
public final class LoginServlet extends HttpServlet {
    private final Authentication authentication;
    private final PageLayout layout;

    public LoginServlet(Authentication authentication, PageLayout layout) {
        this.authentication = authentication;
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(response, HttpServletResponse.SC_OK, request.getParameter("os_destination"), null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("os_username");
        String destination = request.getParameter("os_destination");
        Optional<HostUser> user = authentication.verify(username, request.getParameter("os_password"));
        if (user.isEmpty()) {
            form(response, HttpServletResponse.SC_UNAUTHORIZED, destination, username,
                    "Sorry, your username and password are incorrect - please try again.");
            return;
        }
        request.getSession(true).setAttribute(Authentication.SESSION_USER, user.get().username());
        response.sendRedirect(request.getContextPath() + safeDestination(destination));
    }

    /** Only paths inside this Jira: an open redirect after login would be a phishing aid. */
    static String safeDestination(String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//") || destination.contains("\\")) {
            return "/secure/Dashboard.jspa";
        }
        return destination;
    }

    private void form(HttpServletResponse response, int status, String destination, String username, String error) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("destination", safeDestination(destination));
        model.put("username", username == null ? "" : username);
        model.put("error", error);
        layout.write(response, status, "Log in", "login", model, List.of());
    }
}

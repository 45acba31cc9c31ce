package dev.productops.standin.web;

import dev.productops.standin.host.StandInTimeZones;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.productops.standin.host.SignedInUser;
import dev.productops.standin.jira.IssuePickerJson;
import dev.productops.standin.jira.JiraErrorJson;
import dev.productops.standin.jira.JiraIssueJson;
import dev.productops.standin.jira.JiraSearchJson;
import dev.productops.standin.jira.JqlQuery;
import dev.productops.standin.jira.JqlSubset;
import dev.productops.standin.osgi.HostPackages;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The slice of Jira's REST API v2 our frontend and tests use: {@code issue/{key}}, {@code search} (a JQL
 * subset), {@code issue/picker}, {@code project}, {@code user/picker}, {@code groups/picker} and {@code serverInfo}, in Jira's JSON shapes and with Jira's errors.
 */
public final class JiraRestApiServlet extends HttpServlet {
    private final HostData data;
    private final StandInTimeZones timeZones;
    private final ObjectMapper json;
    private final IssuePickerJson pickerJson;

    public JiraRestApiServlet(HostData data, ObjectMapper json, StandInTimeZones timeZones) {
        this.data = data;
        this.json = json;
        this.timeZones = timeZones;
        this.pickerJson = new IssuePickerJson(data);
    }

    /** Jira's "self" links use its base URL; here that is wherever the request came in. */
    private JiraIssueJson issueJson(HttpServletRequest request) {
        return new JiraIssueJson(data, baseUrl(request));
    }

    private static String baseUrl(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (path.equals("/serverInfo")) {
            serverInfo(request, response);
            return;
        }
        HostUser viewer = SignedInUser.current().orElseThrow();
        Predicate<HostIssue> visible = issue -> data.canBrowse(viewer, issue);
        if (path.equals("/search")) {
            search(request, response, viewer, visible);
        } else if (path.equals("/project")) {
            // Jira's "browse projects" read: the projects the viewer may browse, in key order.
            send(response, HttpServletResponse.SC_OK, json.valueToTree(data.projects().stream()
                    .filter(p -> viewer.canBrowse(p.key()))
                    .map(p -> java.util.Map.of("id", String.valueOf(p.id()), "key", p.key(), "name", p.name()))
                    .toList()));
        } else if (path.equals("/user/picker")) {
            // Jira's user search for pickers: users whose username or display name starts a word with the query.
            String query = Optional.ofNullable(request.getParameter("query")).orElse("").trim().toLowerCase(java.util.Locale.ROOT);
            List<java.util.Map<String, String>> users = query.isEmpty() ? List.of() : data.users().stream()
                    .filter(u -> u.username().toLowerCase(java.util.Locale.ROOT).startsWith(query)
                            || java.util.Arrays.stream(u.displayName().toLowerCase(java.util.Locale.ROOT).split("\\s+")).anyMatch(w -> w.startsWith(query)))
                    .limit(50)
                    .map(u -> java.util.Map.of("name", u.username(), "key", u.key(), "displayName", u.displayName(),
                            "html", u.displayName() + " - " + u.username()))
                    .toList();
            send(response, HttpServletResponse.SC_OK, json.valueToTree(java.util.Map.of("users", users, "total", users.size(),
                    "header", "Showing " + users.size() + " of " + users.size() + " matching users")));
        } else if (path.equals("/groups/picker")) {
            groupPicker(request, response);
        } else if (path.equals("/issue/picker")) {
            send(response, HttpServletResponse.SC_OK, pickerJson.picker(
                    Optional.ofNullable(request.getParameter("query")).orElse(""), visible));
        } else if (path.startsWith("/issue/") && path.indexOf('/', "/issue/".length()) < 0) {
            String key = path.substring("/issue/".length());
            Optional<HostIssue> issue = data.issueByKey(key).filter(visible);
            if (issue.isPresent()) {
                send(response, HttpServletResponse.SC_OK, issueJson(request).issue(issue.get(), visible));
            } else {
                error(response, HttpServletResponse.SC_NOT_FOUND, "Issue does not exist or you do not have permission to see it.");
            }
        } else {
            error(response, HttpServletResponse.SC_NOT_FOUND, "null for uri: " + request.getRequestURL());
        }
    }

    /**
     * Jira's group search for pickers ({@code GET /rest/api/2/groups/picker?query=&maxResults=}): the groups whose name
     * contains the query, ignoring case, unique and sorted, at most maxResults (Jira's autocomplete limit, 20), each
     * with the match in bold, under a "Showing X of Y matching groups" header.
     */
    private void groupPicker(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = Optional.ofNullable(request.getParameter("query")).orElse("").trim().toLowerCase(java.util.Locale.ROOT);
        int limit = 20;
        try {
            limit = Math.min(limit, Integer.parseInt(Optional.ofNullable(request.getParameter("maxResults")).orElse("20")));
        } catch (NumberFormatException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "maxResults must be a number");
            return;
        }
        List<String> matching = dev.productops.standin.host.StandInJira.groupNames().stream()
                .filter(name -> name.toLowerCase(java.util.Locale.ROOT).contains(query)).toList();
        List<java.util.Map<String, Object>> groups = matching.stream().limit(Math.max(0, limit)).map(name -> {
            int at = name.toLowerCase(java.util.Locale.ROOT).indexOf(query);
            String html = query.isEmpty() ? name
                    : name.substring(0, at) + "<b>" + name.substring(at, at + query.length()) + "</b>" + name.substring(at + query.length());
            return java.util.Map.<String, Object>of("name", name, "html", html, "labels", List.of());
        }).toList();
        send(response, HttpServletResponse.SC_OK, json.valueToTree(java.util.Map.of("groups", groups, "total", matching.size(),
                "header", "Showing " + groups.size() + " of " + matching.size() + " matching groups")));
    }

    /**
     * Which Jira this is, as anyone may ask: the version is the one this stand-in's host packages are exported at
     * (10.3 here; 11.3 in the Jira 11 stand-in), so a client picking the jar made for the platform picks right.
     */
    private void serverInfo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String version = HostPackages.jira103().versions().get("com.atlassian.jira.issue");
        List<Integer> numbers = java.util.Arrays.stream(version.split("\\.")).map(Integer::valueOf).toList();
        send(response, HttpServletResponse.SC_OK, json.valueToTree(Map.of(
                "baseUrl", baseUrl(request),
                "version", version, "versionNumbers", numbers, "deploymentType", "Server", "serverTitle", "Jira")));
    }

    private void search(HttpServletRequest request, HttpServletResponse response, HostUser viewer,
                        Predicate<HostIssue> visible) throws IOException {
        try {
            JqlQuery query = JqlSubset.parse(Optional.ofNullable(request.getParameter("jql")).orElse(""), data, viewer,
                    timeZones.zoneOf(viewer));
            int startAt = intParameter(request, "startAt").orElse(0);
            Integer maxResults = intParameter(request, "maxResults").orElse(null);
            List<HostIssue> matches = query.candidates(data).stream()
                    .filter(visible)
                    .filter(issue -> query.matches(issue, data))
                    .sorted(query.order())
                    .toList();
            send(response, HttpServletResponse.SC_OK,
                    new JiraSearchJson(issueJson(request)).search(matches, startAt, maxResults, visible));
        } catch (JqlSubset.UnsupportedJqlException | IllegalArgumentException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private static Optional<Integer> intParameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The '" + name + "' parameter must be a number, not '" + value + "'.");
        }
    }

    private void error(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, JiraErrorJson.errorCollection(List.of(message), Map.of()));
    }

    private void send(HttpServletResponse response, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}

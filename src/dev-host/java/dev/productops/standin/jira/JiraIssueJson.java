package dev.productops.standin.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
import dev.productops.standin.store.HostLinkType;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;
import dev.productops.standin.store.HostVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Renders an issue the way {@code GET /rest/api/2/issue/{key}} does, limited to the fields clients of
 * the stand-in read. Ids are strings and empty fields are JSON null, as in Jira.
 */
public final class JiraIssueJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final HostData data;
    private final String baseUrl;

    /** @param baseUrl where the stand-in is served, e.g. "http://localhost:2990/jira" */
    public JiraIssueJson(HostData data, String baseUrl) {
        this.data = data;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * @param visible whether the viewer may see an issue; links to issues they may not see are left
     *                out, so that their keys and summaries do not leak
     */
    public ObjectNode issue(HostIssue issue, Predicate<HostIssue> visible) {
        ObjectNode fields = JSON.objectNode();
        fields.put("summary", issue.summary());
        fields.put("description", issue.description());
        fields.set("issuetype", JSON.objectNode().put("name", issue.issueType()));
        fields.set("priority", issue.priority() == null ? JSON.nullNode()
                : JSON.objectNode().put("name", issue.priority()));
        fields.set("status", status(issue));
        fields.set("resolution", issue.resolutionDate() == null ? JSON.nullNode()
                : JSON.objectNode().put("name", "Done"));
        fields.set("project", project(data.projectOf(issue)));
        fields.set("assignee", user(issue.assigneeUsername()));
        fields.set("reporter", user(issue.reporterUsername()));
        fields.put("duedate", date(issue.dueDate()));
        fields.put("created", timestamp(issue.created()));
        fields.put("updated", timestamp(issue.updated()));
        fields.put("resolutiondate", timestamp(issue.resolutionDate()));
        ArrayNode fixVersions = fields.putArray("fixVersions");
        issue.fixVersionIds().forEach(id -> fixVersions.add(version(data.version(id).orElseThrow())));
        fields.set("issuelinks", links(issue, visible));
        return reference(issue).set("fields", fields);
    }

    String issueSelf(HostIssue issue) {
        return baseUrl + "/rest/api/2/issue/" + issue.id();
    }

    private ObjectNode reference(HostIssue issue) {
        return JSON.objectNode()
                .put("id", String.valueOf(issue.id()))
                .put("key", issue.key())
                .put("self", issueSelf(issue));
    }

    private ObjectNode status(HostIssue issue) {
        ObjectNode category = JSON.objectNode()
                .put("key", issue.statusCategory().key())
                .put("name", issue.statusCategory().displayName())
                .put("colorName", issue.statusCategory().colorName());
        ObjectNode status = JSON.objectNode().put("name", issue.statusName());
        status.set("statusCategory", category);
        return status;
    }

    private ObjectNode project(HostProject project) {
        return JSON.objectNode()
                .put("self", baseUrl + "/rest/api/2/project/" + project.id())
                .put("id", String.valueOf(project.id()))
                .put("key", project.key())
                .put("name", project.name());
    }

    private JsonNode user(String username) {
        if (username == null) {
            return JSON.nullNode();
        }
        Optional<HostUser> user = data.user(username);
        return JSON.objectNode()
                .put("self", baseUrl + "/rest/api/2/user?username=" + username)
                .put("name", user.map(HostUser::username).orElse(username))
                .put("key", user.map(HostUser::key).orElse(username))
                .put("displayName", user.map(HostUser::displayName).orElse(username))
                .put("active", true);
    }

    private ObjectNode version(HostVersion version) {
        ObjectNode json = JSON.objectNode()
                .put("self", baseUrl + "/rest/api/2/version/" + version.id())
                .put("id", String.valueOf(version.id()))
                .put("name", version.name())
                .put("archived", false)
                .put("released", version.released());
        // Jira leaves unset dates out instead of sending null.
        if (version.startDate() != null) {
            json.put("startDate", date(version.startDate()));
        }
        if (version.releaseDate() != null) {
            json.put("releaseDate", date(version.releaseDate()));
        }
        return json;
    }

    private ArrayNode links(HostIssue issue, Predicate<HostIssue> visible) {
        ArrayNode links = JSON.arrayNode();
        for (HostLink link : data.outwardLinks(issue.id())) {
            HostIssue other = data.issue(link.destinationIssueId()).orElseThrow();
            if (visible.test(other)) {
                links.add(link(link).set("outwardIssue", linkedIssue(other)));
            }
        }
        for (HostLink link : data.inwardLinks(issue.id())) {
            HostIssue other = data.issue(link.sourceIssueId()).orElseThrow();
            if (visible.test(other)) {
                links.add(link(link).set("inwardIssue", linkedIssue(other)));
            }
        }
        return links;
    }

    private ObjectNode link(HostLink link) {
        HostLinkType type = data.linkType(link.linkTypeId()).orElseThrow();
        ObjectNode json = JSON.objectNode()
                .put("id", String.valueOf(link.id()))
                .put("self", baseUrl + "/rest/api/2/issueLink/" + link.id());
        json.set("type", JSON.objectNode()
                .put("id", String.valueOf(type.id()))
                .put("name", type.name())
                .put("inward", type.inward())
                .put("outward", type.outward())
                .put("self", baseUrl + "/rest/api/2/issueLinkType/" + type.id()));
        return json;
    }

    private ObjectNode linkedIssue(HostIssue other) {
        ObjectNode fields = JSON.objectNode().put("summary", other.summary());
        fields.set("status", status(other));
        fields.set("priority", other.priority() == null ? JSON.nullNode()
                : JSON.objectNode().put("name", other.priority()));
        fields.set("issuetype", JSON.objectNode().put("name", other.issueType()));
        return reference(other).set("fields", fields);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String timestamp(Instant instant) {
        return instant == null ? null : JiraTimestamp.format(instant);
    }
}

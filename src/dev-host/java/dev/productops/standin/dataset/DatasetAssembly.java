package dev.productops.standin.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productops.standin.jira.JiraTimestamp;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostLink;
import dev.productops.standin.store.HostLinkType;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostVersion;
import dev.productops.standin.store.IssueKey;
import dev.productops.standin.store.StatusCategory;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns issue documents into {@link HostData}. Issues are collected first and mapped at the end,
 * because a link can only be kept once it is known whether its other end is in the dataset.
 */
final class DatasetAssembly {

    private record Document(JsonNode issue, Path file) {
    }

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, HostProject> projects = new LinkedHashMap<>();
    private final Map<Long, HostVersion> versions = new LinkedHashMap<>();
    private final Map<Long, HostLinkType> linkTypes = new LinkedHashMap<>();
    private final Map<Long, HostLink> links = new LinkedHashMap<>();
    private final Set<Long> droppedLinks = new HashSet<>();
    private final DatasetUsers users = new DatasetUsers();

    /** Keeps the first document of an issue that an export lists more than once. */
    void add(JsonNode issue, Path file) {
        String key = text(issue, "key");
        if (key == null || IssueKey.parse(key).isEmpty()) {
            throw new IllegalArgumentException(file + ": an issue has no valid \"key\" (found " + key + ")");
        }
        String id = text(issue, "id");
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException(file + ": issue " + key + " has no numeric \"id\"");
        }
        documents.putIfAbsent(key.toUpperCase(Locale.ROOT), new Document(issue, file));
    }

    DatasetLoad build() {
        documents.values().forEach(document -> project(document.issue()));
        List<HostIssue> issues = documents.values().stream().map(this::issue).toList();
        documents.values().forEach(this::links);
        List<HostProject> projectList = List.copyOf(projects.values());
        HostData data = new HostData(projectList, List.copyOf(versions.values()), issues,
                List.copyOf(linkTypes.values()), List.copyOf(links.values()), users.all(projectList));
        return new DatasetLoad(data, droppedLinks.size());
    }

    private HostProject project(JsonNode issue) {
        String projectKey = IssueKey.parse(text(issue, "key")).orElseThrow().projectKey();
        return projects.computeIfAbsent(projectKey, key -> {
            JsonNode project = issue.path("fields").path("project");
            String id = text(project, "id");
            // Without a project object only the key is known; the id just has to be unique.
            long projectId = id == null ? -1 - projects.size() : Long.parseLong(id);
            String name = text(project, "name");
            return new HostProject(projectId, key, name == null ? key : name, null);
        });
    }

    private HostIssue issue(Document document) {
        JsonNode issue = document.issue();
        JsonNode fields = issue.path("fields");
        HostProject project = project(issue);
        Instant created = timestamp(fields, "created", document);
        Instant updated = timestamp(fields, "updated", document);
        Instant resolved = timestamp(fields, "resolutiondate", document);
        List<Long> fixVersions = new ArrayList<>();
        for (JsonNode version : fields.path("fixVersions")) {
            if (text(version, "id") != null) {
                fixVersions.add(version(version, project, document).id());
            }
        }
        StatusCategory category = StatusCategory.byKey(text(fields, "status", "statusCategory", "key"))
                .orElse(resolved != null || fields.path("resolution").isObject() ? StatusCategory.DONE
                        : StatusCategory.TO_DO);
        String status = text(fields, "status", "name");
        String summary = text(fields, "summary");
        String issueType = text(fields, "issuetype", "name");
        Instant fallback = created != null ? created : updated != null ? updated : Instant.EPOCH;
        return new HostIssue(Long.parseLong(text(issue, "id")), text(issue, "key"), project.id(),
                summary == null ? "" : summary, text(fields, "description"),
                issueType == null ? "Task" : issueType, text(fields, "priority", "name"),
                status == null ? category.displayName() : status, category,
                users.seen(fields.path("assignee")), users.seen(fields.path("reporter")),
                date(text(fields, "duedate"), "duedate", document),
                fallback, updated == null ? fallback : updated, resolved, fixVersions);
    }

    private HostVersion version(JsonNode version, HostProject project, Document document) {
        return versions.computeIfAbsent(Long.parseLong(text(version, "id")), id -> new HostVersion(id,
                project.id(), String.valueOf(text(version, "name")),
                date(text(version, "startDate"), "startDate", document),
                date(text(version, "releaseDate"), "releaseDate", document),
                version.path("released").asBoolean(false)));
    }

    /** A link listed from both ends has one id, so it is kept once; a link to an issue not loaded is dropped. */
    private void links(Document document) {
        long thisIssue = Long.parseLong(text(document.issue(), "id"));
        for (JsonNode link : document.issue().path("fields").path("issuelinks")) {
            boolean outward = link.has("outwardIssue");
            JsonNode other = outward ? link.get("outwardIssue") : link.path("inwardIssue");
            String linkId = text(link, "id");
            String typeId = text(link, "type", "id");
            if (linkId == null || typeId == null) {
                throw new IllegalArgumentException(document.file() + ": a link of " + text(document.issue(), "key")
                        + " has no id or no type id");
            }
            HostLinkType type = linkTypes.computeIfAbsent(Long.parseLong(typeId), id -> new HostLinkType(id,
                    String.valueOf(text(link, "type", "name")), String.valueOf(text(link, "type", "outward")),
                    String.valueOf(text(link, "type", "inward"))));
            Document otherDocument = documents.get(String.valueOf(text(other, "key")).toUpperCase(Locale.ROOT));
            if (otherDocument == null) {
                droppedLinks.add(Long.parseLong(linkId));
                continue;
            }
            long otherIssue = Long.parseLong(text(otherDocument.issue(), "id"));
            links.putIfAbsent(Long.parseLong(linkId), new HostLink(Long.parseLong(linkId), type.id(),
                    outward ? thisIssue : otherIssue, outward ? otherIssue : thisIssue));
        }
    }

    private static Instant timestamp(JsonNode fields, String field, Document document) {
        String text = text(fields, field);
        try {
            return text == null ? null : JiraTimestamp.parse(text);
        } catch (DateTimeParseException badDate) {
            throw new IllegalArgumentException(document.file() + ": " + field + " '" + text + "' of "
                    + text(document.issue(), "key") + " is not a Jira timestamp", badDate);
        }
    }

    private static LocalDate date(String text, String field, Document document) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException badDate) {
            throw new IllegalArgumentException(document.file() + ": " + field + " '" + text + "' of "
                    + text(document.issue(), "key") + " is not a yyyy-MM-dd date", badDate);
        }
    }

    /** The text at a path of field names, or null when any step is missing or JSON null. */
    static String text(JsonNode node, String... path) {
        JsonNode current = node;
        for (String field : path) {
            current = current.path(field);
        }
        return current.isValueNode() && !current.isNull() ? current.asText() : null;
    }
}

package dev.productops.standin.jira;

import dev.productops.standin.jira.JqlTokens.Kind;
import dev.productops.standin.jira.JqlTokens.Token;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;
import dev.productops.standin.store.IssueKey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The JQL the stand-in understands: {@code project = A}, {@code project in (A, B)}, {@code key = A-1},
 * {@code key in (A-1, B-2)}, joined by AND, then optionally {@code ORDER BY key [ASC|DESC]}. Anything
 * else fails with a message worded like Jira's, so that clients meet the same errors as on a real host.
 *
 * <p>Like Jira, a project or issue the viewer may not see is reported as not existing.
 */
public final class JqlSubset {

    /** Bad or unsupported JQL; the HTTP layer answers it with 400 and the message in errorMessages. */
    public static final class UnsupportedJqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnsupportedJqlException(String message) {
            super(message);
        }
    }

    private static final String PREFIX = "Error in the JQL Query: ";
    private static final String SUPPORTED = " Supported: project, key, ORDER BY key.";

    private final List<Token> tokens;
    private final HostData data;
    private final HostUser viewer;
    private int next;

    private JqlSubset(String jql, HostData data, HostUser viewer) {
        this.tokens = JqlTokens.of(jql == null ? "" : jql);
        this.data = data;
        this.viewer = viewer;
    }

    /** Parses for a viewer who sees everything. */
    public static JqlQuery parse(String jql, HostData data) {
        return new JqlSubset(jql, data, null).query();
    }

    /** Parses for the given viewer: projects and issues they cannot browse count as missing. */
    public static JqlQuery parse(String jql, HostData data, HostUser viewer) {
        return new JqlSubset(jql, data, viewer).query();
    }

    static String syntaxError(String problem, int position) {
        return PREFIX + problem + " (line 1, character " + (position + 1) + ")";
    }

    private JqlQuery query() {
        List<Set<String>> projects = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        if (peek().kind() != Kind.END && !peek().isKeyword("order")) {
            clause(projects, keys);
            while (peek().isKeyword("and")) {
                take();
                clause(projects, keys);
            }
        }
        boolean descending = peek().isKeyword("order") && orderBy();
        Token extra = peek();
        if (extra.isKeyword("or") || extra.isKeyword("not")) {
            throw new UnsupportedJqlException(PREFIX + "The keyword '" + extra.text().toUpperCase(Locale.ROOT)
                    + "' is not supported here. Supported: AND, ORDER BY key.");
        }
        if (extra.kind() != Kind.END) {
            throw unexpected("Expecting either 'AND' or 'ORDER BY'", extra);
        }
        return new JqlQuery(projects, keys, descending);
    }

    private void clause(List<Set<String>> projects, List<Set<String>> keys) {
        Token field = take();
        if (field.kind() != Kind.WORD && field.kind() != Kind.QUOTED) {
            throw unexpected("Expecting a field name", field);
        }
        String name = field.text().toLowerCase(Locale.ROOT);
        if (!name.equals("project") && !name.equals("key") && !name.equals("issuekey")) {
            throw new UnsupportedJqlException(PREFIX + "The field '" + field.text() + "' is not supported here."
                    + SUPPORTED);
        }
        List<Token> values = values(name);
        if (name.equals("project")) {
            projects.add(projectKeys(values));
        } else {
            keys.add(issueKeys(values));
        }
    }

    private List<Token> values(String field) {
        Token operator = take();
        if (operator.kind() == Kind.OPERATOR && operator.text().equals("=")) {
            return List.of(value());
        }
        if (operator.isKeyword("in")) {
            expect(Kind.OPEN, "Expecting '(' after 'in'");
            List<Token> values = new ArrayList<>(List.of(value()));
            while (peek().kind() == Kind.COMMA) {
                take();
                values.add(value());
            }
            expect(Kind.CLOSE, "Expecting ',' or ')'");
            return values;
        }
        if (operator.kind() == Kind.OPERATOR || operator.kind() == Kind.WORD) {
            String shown = operator.isKeyword("not") || operator.isKeyword("is")
                    ? operator.text() + " " + peek().text() : operator.text();
            throw new UnsupportedJqlException(PREFIX + "The operator '" + shown
                    + "' is not supported here for the field '" + field + "'. Supported: =, in.");
        }
        throw unexpected("Expecting an operator", operator);
    }

    private Token value() {
        Token value = take();
        if (value.kind() != Kind.WORD && value.kind() != Kind.QUOTED) {
            throw unexpected("Expecting either a value or a list", value);
        }
        if (value.kind() == Kind.WORD && peek().kind() == Kind.OPEN) {
            throw new UnsupportedJqlException(PREFIX + "The function '" + value.text()
                    + "' is not supported here." + SUPPORTED);
        }
        return value;
    }

    private boolean orderBy() {
        take();
        Token by = take();
        if (!by.isKeyword("by")) {
            throw unexpected("Expecting 'BY' after 'ORDER'", by);
        }
        Token field = take();
        if (!field.isKeyword("key") && !field.isKeyword("issuekey")) {
            throw new UnsupportedJqlException(PREFIX + "Ordering by '" + field.text() + "' is not supported here."
                    + SUPPORTED);
        }
        if (peek().isKeyword("asc") || peek().isKeyword("desc")) {
            return take().isKeyword("desc");
        }
        return false;
    }

    private Set<String> projectKeys(List<Token> values) {
        Set<String> keys = new LinkedHashSet<>();
        for (Token value : values) {
            HostProject project = project(value.text())
                    .filter(found -> viewer == null || viewer.canBrowse(found.key()))
                    .orElseThrow(() -> new UnsupportedJqlException(
                            "The value '" + value.text() + "' does not exist for the field 'project'."));
            keys.add(project.key().toUpperCase(Locale.ROOT));
        }
        return keys;
    }

    /** Jira accepts a project's key, id or name. */
    private Optional<HostProject> project(String value) {
        return data.projectByKey(value)
                .or(() -> data.projects().stream().filter(p -> String.valueOf(p.id()).equals(value)).findFirst())
                .or(() -> data.projects().stream().filter(p -> p.name().equalsIgnoreCase(value)).findFirst());
    }

    private Set<String> issueKeys(List<Token> values) {
        Set<String> keys = new LinkedHashSet<>();
        for (Token value : values) {
            if (IssueKey.parse(value.text()).isEmpty()) {
                throw new UnsupportedJqlException(
                        "The issue key '" + value.text() + "' for field 'key' is invalid.");
            }
            HostIssue issue = data.issueByKey(value.text())
                    .filter(found -> viewer == null || data.canBrowse(viewer, found))
                    .orElseThrow(() -> new UnsupportedJqlException(
                            "An issue with key '" + value.text() + "' does not exist for field 'key'."));
            keys.add(issue.key().toUpperCase(Locale.ROOT));
        }
        return keys;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private void expect(Kind kind, String expectation) {
        Token token = take();
        if (token.kind() != kind) {
            throw unexpected(expectation, token);
        }
    }

    private static UnsupportedJqlException unexpected(String expectation, Token found) {
        return new UnsupportedJqlException(syntaxError(expectation + " but got " + found.shown() + ".",
                found.position()));
    }
}

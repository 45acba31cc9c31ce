package dev.productops.standin.jira;

import dev.productops.standin.jira.JqlTokens.Kind;
import dev.productops.standin.jira.JqlTokens.Token;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;
import dev.productops.standin.store.IssueKey;
import dev.productops.standin.store.StatusCategory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The JQL the stand-in understands: {@code project = A}, {@code project in (A, B)}, {@code key = A-1},
 * {@code key in (A-1, B-2)} (also {@code issue}, {@code issuekey} and {@code id}, with keys or issue ids),
 * {@code statusCategory = Done} (also {@code !=}), {@code resolved >= "2026-09-07"} or {@code "2026-09-07 13:30"}
 * (also {@code >}, {@code <}, {@code <=}), joined by AND, then optionally {@code ORDER BY key|resolved [ASC|DESC], ...}.
 * Anything else fails with a message worded like Jira's, so that clients meet the same errors as on a real host.
 *
 * <p>Like Jira's validation (the REST search and the issue navigator), a project or issue the viewer may not see is
 * reported as not existing, and a date without a time means the start of that day in the viewer's time zone (so
 * {@code resolved <= "2026-11-26"} ends at the midnight that starts the 26th, and a period up to and including the
 * 26th is written {@code < "2026-11-27"}). {@link #parseUnvalidated} is what Jira's {@code SearchService} does instead:
 * {@code parseQuery} checks syntax only and {@code search} runs the query unvalidated, so a value that names nothing
 * (a deleted issue's id, a project the searcher cannot see) simply matches nothing.
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
    private static final String SUPPORTED = " Supported: project, key (issue, id), statusCategory, resolved, ORDER BY key or resolved.";
    private static final List<String> DATE_OPERATORS = List.of(">=", ">", "<=", "<");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> DATE_TIME_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm").withResolverStyle(ResolverStyle.STRICT));

    private final List<Token> tokens;
    private final HostData data;
    private final HostUser viewer;
    /** Jira reads a bare date as midnight in the searching user's time zone. */
    private final ZoneId viewerZone;
    /** False for SearchService's parse-then-search: values are not checked, unknown ones match nothing. */
    private final boolean validating;
    private int next;

    private JqlSubset(String jql, HostData data, HostUser viewer, ZoneId viewerZone, boolean validating) {
        this.tokens = JqlTokens.of(jql == null ? "" : jql);
        this.data = data;
        this.viewer = viewer;
        this.viewerZone = viewerZone;
        this.validating = validating;
    }

    /** Parses for a viewer who sees everything and whose time zone is the JVM's. */
    public static JqlQuery parse(String jql, HostData data) {
        return new JqlSubset(jql, data, null, ZoneId.systemDefault(), true).query();
    }

    /** Parses for the given viewer: projects and issues they cannot browse count as missing. */
    public static JqlQuery parse(String jql, HostData data, HostUser viewer, ZoneId viewerZone) {
        return new JqlSubset(jql, data, viewer, viewerZone, true).query();
    }

    /**
     * Parses as Jira's {@code SearchService.parseQuery} does, syntax only: a project, issue or status category that
     * does not exist leaves a clause that matches nothing. Who may see what is the search's business, not the parse's.
     */
    public static JqlQuery parseUnvalidated(String jql, HostData data, ZoneId searcherZone) {
        return new JqlSubset(jql, data, null, searcherZone, false).query();
    }

    static String syntaxError(String problem, int position) {
        return PREFIX + problem + " (line 1, character " + (position + 1) + ")";
    }

    private JqlQuery query() {
        List<Set<String>> projects = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        List<JqlQuery.ResolvedBound> resolved = new ArrayList<>();
        List<JqlQuery.StatusCategoryClause> categories = new ArrayList<>();
        if (peek().kind() != Kind.END && !peek().isKeyword("order")) {
            clause(projects, keys, resolved, categories);
            while (peek().isKeyword("and")) {
                take();
                clause(projects, keys, resolved, categories);
            }
        }
        List<JqlQuery.SortKey> order = peek().isKeyword("order") ? orderBy() : List.of();
        Token extra = peek();
        if (extra.isKeyword("or") || extra.isKeyword("not")) {
            throw new UnsupportedJqlException(PREFIX + "The keyword '" + extra.text().toUpperCase(Locale.ROOT)
                    + "' is not supported here. Supported: AND, ORDER BY.");
        }
        if (extra.kind() != Kind.END) {
            throw unexpected(order.isEmpty() ? "Expecting either 'AND' or 'ORDER BY'" : "Expecting ',' or 'ASC' or 'DESC'", extra);
        }
        return new JqlQuery(projects, keys, resolved, categories, order);
    }

    private void clause(List<Set<String>> projects, List<Set<String>> keys, List<JqlQuery.ResolvedBound> resolved,
                        List<JqlQuery.StatusCategoryClause> categories) {
        Token field = take();
        if (field.kind() != Kind.WORD && field.kind() != Kind.QUOTED) {
            throw unexpected("Expecting a field name", field);
        }
        String name = field.text().toLowerCase(Locale.ROOT);
        if (isResolved(name)) {
            resolved.add(resolvedBound(field.text()));
            return;
        }
        if (name.equals("statuscategory")) {
            categories.add(statusCategory(field.text()));
            return;
        }
        if (!name.equals("project") && !isIssue(name)) {
            throw new UnsupportedJqlException(PREFIX + "The field '" + field.text() + "' is not supported here."
                    + SUPPORTED);
        }
        List<Token> values = values(name);
        if (name.equals("project")) {
            projects.add(projectKeys(values));
        } else {
            keys.add(issueKeys(values, field.text()));
        }
    }

    /** Jira's names for the one issue field: key or id values alike. */
    private static boolean isIssue(String field) {
        return field.equals("key") || field.equals("issuekey") || field.equals("issue") || field.equals("id");
    }

    private JqlQuery.StatusCategoryClause statusCategory(String field) {
        Token operator = take();
        boolean negated = operator.kind() == Kind.OPERATOR && operator.text().equals("!=");
        if (!negated && !(operator.kind() == Kind.OPERATOR && operator.text().equals("="))) {
            throw new UnsupportedJqlException(PREFIX + "The operator '" + operator.text()
                    + "' is not supported here for the field '" + field + "'. Supported: =, !=.");
        }
        Token value = value();
        StatusCategory category = java.util.Arrays.stream(StatusCategory.values())
                .filter(c -> c.displayName().equalsIgnoreCase(value.text()) || c.key().equalsIgnoreCase(value.text()))
                .findFirst().orElse(null);
        if (category == null) {
            if (validating) {
                throw new UnsupportedJqlException("The value '" + value.text() + "' does not exist for the field '" + field + "'.");
            }
            // Unvalidated, an unknown category matches no issue: "= X" nothing, "!= X" every issue.
            return new JqlQuery.StatusCategoryClause(null, negated);
        }
        return new JqlQuery.StatusCategoryClause(category, negated);
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

    /** Jira's two names for the resolution date. */
    private static boolean isResolved(String field) {
        return field.equals("resolved") || field.equals("resolutiondate");
    }

    private JqlQuery.ResolvedBound resolvedBound(String field) {
        Token operator = take();
        if (operator.kind() != Kind.OPERATOR && operator.kind() != Kind.WORD) {
            throw unexpected("Expecting an operator", operator);
        }
        if (!DATE_OPERATORS.contains(operator.text())) {
            String shown = operator.isKeyword("not") || operator.isKeyword("is")
                    ? operator.text() + " " + peek().text() : operator.text();
            throw new UnsupportedJqlException(PREFIX + "The operator '" + shown
                    + "' is not supported here for the field '" + field + "'. Supported: >=, >, <=, <.");
        }
        Token value = value();
        return new JqlQuery.ResolvedBound(operator.text(), startOfDay(value.text(), field));
    }

    private java.time.Instant startOfDay(String text, String field) {
        for (DateTimeFormatter format : DATE_TIME_FORMATS) {
            try {
                return LocalDateTime.parse(text.trim(), format).atZone(viewerZone).toInstant();
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text.trim(), format).atStartOfDay(viewerZone).toInstant();
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        throw new UnsupportedJqlException("Date value '" + text + "' for field '" + field + "' is invalid. "
                + "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd'.");
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

    private List<JqlQuery.SortKey> orderBy() {
        take();
        Token by = take();
        if (!by.isKeyword("by")) {
            throw unexpected("Expecting 'BY' after 'ORDER'", by);
        }
        List<JqlQuery.SortKey> order = new ArrayList<>(List.of(sortKey()));
        while (peek().kind() == Kind.COMMA) {
            take();
            order.add(sortKey());
        }
        return order;
    }

    private JqlQuery.SortKey sortKey() {
        Token field = take();
        String name = field.text().toLowerCase(Locale.ROOT);
        if (field.kind() == Kind.END) {
            throw unexpected("Expecting a field name", field);
        }
        if (!name.equals("key") && !name.equals("issuekey") && !isResolved(name)) {
            throw new UnsupportedJqlException(PREFIX + "Ordering by '" + field.text() + "' is not supported here."
                    + SUPPORTED);
        }
        boolean descending = false;
        if (peek().isKeyword("asc") || peek().isKeyword("desc")) {
            descending = take().isKeyword("desc");
        }
        return new JqlQuery.SortKey(isResolved(name) ? "resolved" : "key", descending);
    }

    private Set<String> projectKeys(List<Token> values) {
        Set<String> keys = new LinkedHashSet<>();
        for (Token value : values) {
            Optional<HostProject> project = project(value.text())
                    .filter(found -> viewer == null || viewer.canBrowse(found.key()));
            if (project.isEmpty() && validating) {
                throw new UnsupportedJqlException("The value '" + value.text() + "' does not exist for the field 'project'.");
            }
            project.ifPresent(found -> keys.add(found.key().toUpperCase(Locale.ROOT)));
        }
        return keys;
    }

    /** Jira accepts a project's key, id or name. */
    private Optional<HostProject> project(String value) {
        return data.projectByKey(value)
                .or(() -> data.projects().stream().filter(p -> String.valueOf(p.id()).equals(value)).findFirst())
                .or(() -> data.projects().stream().filter(p -> p.name().equalsIgnoreCase(value)).findFirst());
    }

    private Set<String> issueKeys(List<Token> values, String field) {
        Set<String> keys = new LinkedHashSet<>();
        for (Token value : values) {
            Optional<Long> id = issueId(value.text());
            if (id.isEmpty() && IssueKey.parse(value.text()).isEmpty()) {
                throw new UnsupportedJqlException(
                        "The issue key '" + value.text() + "' for field '" + field + "' is invalid.");
            }
            Optional<HostIssue> issue = (id.isPresent() ? data.issue(id.get()) : data.issueByKey(value.text()))
                    .filter(found -> viewer == null || data.canBrowse(viewer, found));
            if (issue.isEmpty() && validating) {
                throw new UnsupportedJqlException(
                        "An issue with key '" + value.text() + "' does not exist for field '" + field + "'.");
            }
            issue.ifPresent(found -> keys.add(found.key().toUpperCase(Locale.ROOT)));
        }
        return keys;
    }

    /** Jira takes a number where an issue is expected as the issue's id. */
    private static Optional<Long> issueId(String text) {
        if (text.isEmpty() || !text.chars().allMatch(Character::isDigit) || text.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
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

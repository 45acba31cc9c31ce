package dev.productops.standin.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.productops.standin.store.HostData;
import dev.productops.standin.store.HostIssue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers {@code GET /rest/api/2/issue/picker?query=} for issue-search boxes. An issue matches when its
 * key starts with the query, or when every word of the query starts a word of its summary. As in Jira,
 * keyHtml and summary are HTML with the matched parts in {@code <b>}; everything else is escaped,
 * since pickers insert them into the page as markup.
 */
public final class IssuePickerJson {

    public static final int MAX_ISSUES = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final HostData data;

    public IssuePickerJson(HostData data) {
        this.data = data;
    }

    public ObjectNode picker(String query, Predicate<HostIssue> visible) {
        String wanted = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<String> terms = Arrays.stream(wanted.split("\\s+")).filter(term -> !term.isEmpty()).toList();
        List<HostIssue> matches = data.issues().stream()
                .filter(visible)
                .filter(issue -> keyMatches(issue, wanted) || summaryMatches(issue, terms))
                .toList();
        ArrayNode issues = JSON.arrayNode();
        matches.stream().limit(MAX_ISSUES).forEach(issue -> issues.add(JSON.objectNode()
                .put("key", issue.key())
                .put("keyHtml", keyMatches(issue, wanted) && !wanted.isEmpty()
                        ? "<b>" + escaped(issue.key().substring(0, wanted.length())) + "</b>"
                                + escaped(issue.key().substring(wanted.length()))
                        : escaped(issue.key()))
                .put("img", "")
                .put("summary", highlighted(issue.summary(), terms))
                .put("summaryText", issue.summary())));
        ObjectNode section = JSON.objectNode()
                .put("label", "Current Search")
                .put("sub", "Showing " + issues.size() + " of " + matches.size() + " matching issues")
                .put("id", "cs");
        section.set("issues", issues);
        ObjectNode body = JSON.objectNode();
        body.putArray("sections").add(section);
        return body;
    }

    private static boolean keyMatches(HostIssue issue, String wanted) {
        return issue.key().toLowerCase(Locale.ROOT).startsWith(wanted);
    }

    private static boolean summaryMatches(HostIssue issue, List<String> terms) {
        List<String> words = WORD.matcher(issue.summary().toLowerCase(Locale.ROOT)).results()
                .map(MatchResult::group).toList();
        return !terms.isEmpty()
                && terms.stream().allMatch(term -> words.stream().anyMatch(word -> word.startsWith(term)));
    }

    private static String highlighted(String summary, List<String> terms) {
        StringBuilder html = new StringBuilder();
        Matcher words = WORD.matcher(summary);
        int done = 0;
        while (words.find()) {
            int matched = Math.min(words.group().length(), longestMatchedPrefix(words.group(), terms));
            if (matched > 0) {
                html.append(escaped(summary.substring(done, words.start())))
                        .append("<b>").append(escaped(summary.substring(words.start(), words.start() + matched)))
                        .append("</b>");
                done = words.start() + matched;
            }
        }
        return html.append(escaped(summary.substring(done))).toString();
    }

    private static int longestMatchedPrefix(String word, List<String> terms) {
        String lower = word.toLowerCase(Locale.ROOT);
        return terms.stream().filter(lower::startsWith).mapToInt(String::length).max().orElse(0);
    }

    private static String escaped(String text) {
        StringBuilder html = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}

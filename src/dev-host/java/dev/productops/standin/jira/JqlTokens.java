package dev.productops.standin.jira;

import java.util.ArrayList;
import java.util.List;

/** Splits JQL into words, quoted strings, brackets, commas and operators, remembering positions for messages. */
final class JqlTokens {

    enum Kind { WORD, QUOTED, OPEN, CLOSE, COMMA, OPERATOR, END }

    record Token(Kind kind, String text, int position) {

        boolean isKeyword(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        /** How Jira quotes the offending input in messages. */
        String shown() {
            return kind == Kind.END ? "end of query" : "'" + text + "'";
        }
    }

    private static final String OPERATOR_CHARS = "=!~<>";
    private static final String SPECIAL_CHARS = "()," + OPERATOR_CHARS + "\"'";

    private JqlTokens() {
    }

    static List<Token> of(String jql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COMMA, String.valueOf(c), start));
                i++;
            } else if (c == '"' || c == '\'') {
                i = quoted(jql, start, tokens);
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                while (i < jql.length() && OPERATOR_CHARS.indexOf(jql.charAt(i)) >= 0) {
                    i++;
                }
                tokens.add(new Token(Kind.OPERATOR, jql.substring(start, i), start));
            } else {
                while (i < jql.length() && !Character.isWhitespace(jql.charAt(i))
                        && SPECIAL_CHARS.indexOf(jql.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, jql.substring(start, i), start));
            }
        }
        tokens.add(new Token(Kind.END, "", jql.length()));
        return tokens;
    }

    private static int quoted(String jql, int start, List<Token> tokens) {
        char quote = jql.charAt(start);
        StringBuilder text = new StringBuilder();
        int i = start + 1;
        while (i < jql.length() && jql.charAt(i) != quote) {
            if (jql.charAt(i) == '\\' && i + 1 < jql.length()) {
                i++;
            }
            text.append(jql.charAt(i));
            i++;
        }
        if (i >= jql.length()) {
            throw new JqlSubset.UnsupportedJqlException(JqlSubset.syntaxError(
                    "The quoted string " + jql.substring(start) + " has not been completed.", start));
        }
        tokens.add(new Token(Kind.QUOTED, text.toString(), start));
        return i + 1;
    }
}

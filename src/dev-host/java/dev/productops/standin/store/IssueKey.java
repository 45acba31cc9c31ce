package dev.productops.standin.store;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An issue key split into project key and number, so that "ABC-2" sorts before "ABC-10". */
public record IssueKey(String projectKey, long number) implements Comparable<IssueKey> {

    private static final Pattern FORMAT = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-([0-9]{1,18})");
    private static final Comparator<IssueKey> ORDER =
            Comparator.comparing(IssueKey::projectKey).thenComparingLong(IssueKey::number);

    public IssueKey {
        projectKey = projectKey.toUpperCase(Locale.ROOT);
    }

    public static Optional<IssueKey> parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new IssueKey(matcher.group(1), Long.parseLong(matcher.group(2))));
    }

    @Override
    public int compareTo(IssueKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return projectKey + "-" + number;
    }
}

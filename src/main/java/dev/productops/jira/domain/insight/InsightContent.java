package dev.productops.jira.domain.insight;

import dev.productops.jira.domain.CalendarDate;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a person writes when capturing an insight, checked against the rules; immutable once valid. */
public record InsightContent(String title, String quote, SourceType source, String sourceUrl, Integer customerId,
                             LocalDate capturedOn, List<String> tags) {
    public static final int TITLE_MAX = 255;
    /** The title column's width (see InsightEntity#getTitle). */
    static final int TITLE_STORED_UNITS = 450;
    public static final int QUOTE_MAX_BYTES = 64 * 1024;
    public static final int SOURCE_URL_MAX = 450;
    public static final int TAG_MAX = 50;
    public static final int TAGS_MAX = 20;

    public InsightContent {
        tags = List.copyOf(tags);
    }

    /** Checks raw input (as typed or sent) and reports every broken rule at once. */
    public static InsightContent of(String title, String quote, String source, String sourceUrl, Integer customerId,
                                    String capturedOn, List<String> tags) {
        InputCheck check = new InputCheck();
        String cleanTitle = check.required("title", title, TITLE_MAX, TITLE_STORED_UNITS);
        String cleanQuote = check.maxBytes("quote", quote == null ? "" : quote.replace("\r\n", "\n"), QUOTE_MAX_BYTES);
        SourceType sourceType = null;
        source = check.clean("source", source);
        if (source.isBlank()) {
            check.fail("source", "This field is required.");
        } else {
            sourceType = SourceType.ofId(source.strip().toLowerCase(Locale.ROOT)).orElse(null);
            if (sourceType == null) {
                check.fail("source", "Must be one of " + SourceType.ids() + ".");
            }
        }
        String url = check.optional("sourceUrl", sourceUrl, SOURCE_URL_MAX);
        if (url != null && !isWebAddress(url)) {
            check.fail("sourceUrl", "Must be an http or https address.");
        }
        if (customerId != null && customerId <= 0) {
            check.fail("customerId", "Must be the id of a customer.");
        }
        LocalDate captured = null;
        if (capturedOn != null && !capturedOn.isBlank()) {
            try {
                captured = CalendarDate.parse(check.clean("capturedOn", capturedOn)).value();
            } catch (IllegalArgumentException e) {
                check.fail("capturedOn", e.getMessage());
            }
        }
        List<String> cleanTags = tags(check, tags);
        check.throwIfAny();
        return new InsightContent(cleanTitle, cleanQuote, sourceType, url, customerId, captured, cleanTags);
    }

    private static List<String> tags(InputCheck check, List<String> tags) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String clean = check.clean("tags", tag);
            if (clean.isEmpty() || InputCheck.invisible(clean)) {
                continue;
            }
            if (clean.codePointCount(0, clean.length()) > TAG_MAX) {
                check.fail("tags", "Each tag must be at most " + TAG_MAX + " characters.");
            }
            byKey.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
        }
        if (byKey.size() > TAGS_MAX) {
            check.fail("tags", "At most " + TAGS_MAX + " tags.");
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * An absolute http(s) address with a host. An internationalised host name (https://例え.jp/) is checked in its
     * ASCII (punycode) form, which is what java.net.URI understands; the address is kept as written.
     */
    private static boolean isWebAddress(String url) {
        java.util.regex.Matcher parts = WEB_ADDRESS.matcher(url);
        if (!parts.matches()) {
            return false;
        }
        try {
            String host = IDN.toASCII(parts.group(3), IDN.USE_STD3_ASCII_RULES);
            URI uri = new URI(parts.group(1) + "://" + (parts.group(2) == null ? "" : parts.group(2)) + host
                    + (parts.group(4) == null ? "" : parts.group(4)) + (parts.group(5) == null ? "" : parts.group(5)));
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    /** scheme, user info, host, port, and the rest (path, query, fragment). */
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile(
            "(?i)(https?)://([^@/?#]*@)?([^:/?#@\\[\\]\\s]+)(:\\d{1,5})?([/?#]\\S*)?", java.util.regex.Pattern.DOTALL);
}

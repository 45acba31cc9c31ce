package dev.productops.jira.domain.insight;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a person writes when capturing an insight, checked against the rules; immutable once valid. */
public record InsightContent(String title, String quote, SourceType source, String sourceUrl, Integer customerId,
                             LocalDate capturedOn, List<String> tags) {
    public static final int TITLE_MAX = 255;
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
        String cleanTitle = check.required("title", title, TITLE_MAX);
        String cleanQuote = check.maxBytes("quote", quote == null ? "" : quote.replace("\r\n", "\n").strip(), QUOTE_MAX_BYTES);
        SourceType sourceType = null;
        if (source == null || source.isBlank()) {
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
                captured = LocalDate.parse(capturedOn.strip());
            } catch (DateTimeParseException e) {
                check.fail("capturedOn", "Must be a date like 2026-11-26.");
            }
        }
        List<String> cleanTags = tags(check, tags);
        check.throwIfAny();
        return new InsightContent(cleanTitle, cleanQuote, sourceType, url, customerId, captured, cleanTags);
    }

    private static List<String> tags(InputCheck check, List<String> tags) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String clean = tag == null ? "" : tag.strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > TAG_MAX) {
                check.fail("tags", "Each tag must be at most " + TAG_MAX + " characters.");
            }
            byKey.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
        }
        if (byKey.size() > TAGS_MAX) {
            check.fail("tags", "At most " + TAGS_MAX + " tags.");
        }
        return new ArrayList<>(byKey.values());
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

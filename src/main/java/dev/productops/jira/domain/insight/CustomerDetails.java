package dev.productops.jira.domain.insight;

import java.util.Locale;
import java.util.regex.Pattern;

/** What describes a customer, checked against the rules. Names are unique ignoring case: {@link #nameKey()}. */
public record CustomerDetails(String name, String segment, long annualRevenue, String currency) {
    public static final int NAME_MAX = 255;
    public static final int SEGMENT_MAX = 100;
    public static final String DEFAULT_CURRENCY = "USD";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public static CustomerDetails of(String name, String segment, Long annualRevenue, String currency) {
        InputCheck check = new InputCheck();
        String cleanName = check.required("name", name, NAME_MAX);
        String cleanSegment = check.optional("segment", segment, SEGMENT_MAX);
        long arr = annualRevenue == null ? 0 : annualRevenue;
        if (arr < 0) {
            check.fail("arr", "Must not be negative.");
        }
        String code = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(code).matches()) {
            check.fail("currency", "Must be a three-letter ISO 4217 code such as USD or EUR.");
        }
        check.throwIfAny();
        return new CustomerDetails(cleanName, cleanSegment, arr, code);
    }

    public String nameKey() {
        return nameKey(name);
    }

    public String segmentKey() {
        return segment == null ? null : segment.toLowerCase(Locale.ROOT);
    }

    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}

package dev.productops.jira.domain.insight;

import java.text.Normalizer;
import java.util.Currency;
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
        String cleanName = check.required("name", name, NAME_MAX, NAME_MAX);
        String cleanSegment = check.optional("segment", segment, SEGMENT_MAX);
        currency = check.clean("currency", currency);
        long arr = annualRevenue == null ? 0 : annualRevenue;
        if (arr < 0) {
            check.fail("arr", "Must not be negative.");
        }
        String code = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(code).matches() || !isoCurrency(code)) {
            check.fail("currency", "Must be an ISO 4217 currency code such as USD or EUR.");
        }
        check.throwIfAny();
        return new CustomerDetails(cleanName, cleanSegment, arr, code);
    }

    /** The codes of ISO 4217 as the Java runtime knows them (its data follows the ISO maintenance agency's lists). */
    private static boolean isoCurrency(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    /** The same customer in a segment spelled as the segment list spells it. */
    public CustomerDetails inSegment(String listedSegment) {
        return new CustomerDetails(name, listedSegment, annualRevenue, currency);
    }

    public String nameKey() {
        return nameKey(name);
    }

    public String segmentKey() {
        return segment == null ? null : SegmentList.keyOf(segment);
    }

    /**
     * What makes two names the same name: compatibility-normalised (NFKC: full-width letters, ligatures), without
     * invisible format characters (zero-width spaces and joiners, direction marks), spaces collapsed, lower case.
     * "Northwind\u200B Traders" and "ＮＯＲＴＨＷＩＮＤ traders" are "northwind traders".
     */
    public static String nameKey(String name) {
        String visible = Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints()
                .filter(c -> Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

package dev.productops.jira.domain.insight;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Identifies "the same evidence" so an import run twice creates nothing new: same title, quote, source,
 * customer and capture date, ignoring case and spacing.
 */
public final class InsightFingerprint {
    private InsightFingerprint() {
    }

    public static String of(InsightContent content) {
        String canonical = String.join("\u001f",
                normalise(content.title()), normalise(content.quote()), content.source().id(),
                String.valueOf(content.customerId()), String.valueOf(content.capturedOn()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

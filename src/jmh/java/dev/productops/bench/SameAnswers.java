package dev.productops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The check that makes a product-vs-baseline timing mean something: both must give the same answer. Each comparison
 * is reported as it is made; {@link #require} then stops the run before any timing if one differed, so a benchmark
 * can never publish a ratio between two programs that answer different questions.
 */
final class SameAnswers {
    /** A benchmark whose product and baseline disagree: the run ends with this, and a non-zero exit. */
    static final class Differ extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Differ(String message) {
            super(message);
        }
    }

    private final List<String> differing = new ArrayList<>();

    /** "identical" or "DIFFERENT", for the report; a difference is remembered for {@link #require}. */
    String compare(String what, Object product, Object baseline) {
        if (Objects.equals(product, baseline)) {
            return "identical";
        }
        differing.add(what);
        return "DIFFERENT";
    }

    /** @throws Differ naming every answer that differed, with the report so far (which shows the values) */
    void require(CharSequence report) {
        if (!differing.isEmpty()) {
            throw new Differ("Product and baseline answer differently (" + String.join(", ", differing)
                    + "); no timing is taken.\n" + report);
        }
    }
}

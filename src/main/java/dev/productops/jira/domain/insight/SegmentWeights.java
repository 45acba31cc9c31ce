package dev.productops.jira.domain.insight;

import java.util.LinkedHashMap;
import java.util.Map;

/** How much the evidence score weighs each customer segment, as administrators set it; unlisted segments weigh 1. */
public final class SegmentWeights {
    public static final double MAX_WEIGHT = 10;
    public static final int SEGMENTS_MAX = 100;

    private SegmentWeights() {
    }

    /** Checks what an administrator sent: segment names as customers carry them, weights from 0 to 10. */
    public static Map<String, Double> of(Map<String, ? extends Number> weights) {
        InputCheck check = new InputCheck();
        Map<String, Double> clean = new LinkedHashMap<>();
        if (weights == null) {
            check.fail("weights", "Must be an object of segment names to weights, such as {\"Enterprise\": 1.5}.");
        } else if (weights.size() > SEGMENTS_MAX) {
            check.fail("weights", "At most " + SEGMENTS_MAX + " segments.");
        } else {
            weights.forEach((segment, weight) -> {
                String name = segment == null ? "" : segment.strip();
                // ';' and '=' separate entries where the weights are stored
                if (name.isEmpty() || name.length() > CustomerDetails.SEGMENT_MAX || name.contains(";") || name.contains("=")) {
                    check.fail("weights." + segment, "Must be a segment name of 1 to " + CustomerDetails.SEGMENT_MAX
                            + " characters, without ';' or '='.");
                    return;
                }
                double value = weight == null ? Double.NaN : weight.doubleValue();
                if (!(value >= 0 && value <= MAX_WEIGHT)) {
                    check.fail("weights." + name, "Must be a number from 0 to " + (int) MAX_WEIGHT + " (1 is neutral).");
                } else {
                    clean.put(name, value);
                }
            });
        }
        check.throwIfAny();
        return clean;
    }
}

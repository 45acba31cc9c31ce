package dev.productops.jira.domain.insight;

import org.junit.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** What an administrator may send as segment weights: names as customers carry them, weights from 0 to 10. */
public class SegmentWeightsTest {
    @Test
    public void namesAreStrippedAndWeightsFromZeroToTenKept() {
        Map<String, Number> sent = new LinkedHashMap<>();
        sent.put(" Enterprise ", 1.5);
        sent.put("SMB", 0);
        sent.put("Strategic", 10);
        assertEquals(Map.of("Enterprise", 1.5, "SMB", 0.0, "Strategic", 10.0), SegmentWeights.of(sent));
        assertEquals(Map.of(), SegmentWeights.of(Map.of()));
    }

    @Test
    public void everyBadEntryIsNamedAtOnce() {
        Map<String, Number> sent = new LinkedHashMap<>();
        sent.put("Heavy", 10.01);
        sent.put("Negative", -0.1);
        sent.put("a;b", 1);
        sent.put("a=b", 1);
        sent.put(" ", 1);
        sent.put("x".repeat(CustomerDetails.SEGMENT_MAX + 1), 1);
        sent.put("Unknown", null);
        sent.put("NotANumber", Double.NaN);
        sent.put("x".repeat(CustomerDetails.SEGMENT_MAX), 1);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> SegmentWeights.of(sent));
        assertEquals(List.of("weights.Heavy", "weights.Negative", "weights.a;b", "weights.a=b", "weights. ",
                        "weights." + "x".repeat(CustomerDetails.SEGMENT_MAX + 1), "weights.Unknown", "weights.NotANumber"),
                List.copyOf(refused.errors().keySet()));
    }

    @Test
    public void noObjectOrTooManySegmentsIsRefusedWhole() {
        assertEquals(List.of("weights"), List.copyOf(assertThrows(InvalidInput.class, () -> SegmentWeights.of(null)).errors().keySet()));
        Map<String, Number> many = new HashMap<>();
        for (int i = 0; i <= SegmentWeights.SEGMENTS_MAX; i++) {
            many.put("S" + i, 1);
        }
        assertThrows(InvalidInput.class, () -> SegmentWeights.of(many));
        many.remove("S0");
        assertEquals(SegmentWeights.SEGMENTS_MAX, SegmentWeights.of(many).size());
    }
}

package dev.productops.jira.domain.insight;

import org.junit.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** The library's sort orders as the API and URLs name them: a field, "-" in front for descending. */
public class InsightOrderTest {
    @Test
    public void eachOrderIsAFieldAndADirection() {
        assertEquals(List.of("created", "created", "updated", "updated", "title", "title", "capturedOn", "capturedOn"),
                Arrays.stream(InsightOrder.values()).map(InsightOrder::field).toList());
        assertEquals(List.of(true, false, true, false, false, true, false, true),
                Arrays.stream(InsightOrder.values()).map(InsightOrder::descending).toList());
        assertEquals(Optional.of(InsightOrder.RECENTLY_CAPTURED), InsightOrder.ofId("-capturedOn"));
        assertEquals(Optional.empty(), InsightOrder.ofId("capturedon"));
    }
}

package dev.productops.jira.domain.insight;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** What administrators may send as the segment list, and what it means for the segments there were. */
public class SegmentListTest {
    private final SegmentList current = new SegmentList(List.of(new SegmentList.Segment("Enterprise", 1.5),
            new SegmentList.Segment("SMB", 1)));

    @Test
    public void aListIsCleanedWeightedOneByDefaultAndKeepsItsOrder() {
        SegmentList.Change change = current.change(List.of(new SegmentList.Entry(" Public sector ", null, null),
                new SegmentList.Entry("Enterprise", 2, null), new SegmentList.Entry("SMB", 0, null)));
        assertEquals(List.of(new SegmentList.Segment("Public sector", 1), new SegmentList.Segment("Enterprise", 2),
                new SegmentList.Segment("SMB", 0)), change.next().segments());
        assertEquals(Map.of(), change.renames());
        assertEquals(List.of(), change.removed());
    }

    @Test
    public void aSegmentLeftOutIsRemovedAndARenamedOneIsNot() {
        SegmentList.Change change = current.change(List.of(new SegmentList.Entry("Large enterprise", 1.5, "enterprise")));
        assertEquals(Map.of("Enterprise", "Large enterprise"), change.renames());
        assertEquals(List.of("SMB"), change.removed());
    }

    @Test
    public void everyBrokenRuleIsNamedByLine() {
        List<SegmentList.Entry> sent = Arrays.asList(new SegmentList.Entry("", 1, null), new SegmentList.Entry("A;B", 1, null),
                new SegmentList.Entry("smb", 11, null), new SegmentList.Entry("SMB", -1, null),
                new SegmentList.Entry("Mid", 1, "Nowhere"), null);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> current.change(sent));
        assertEquals(List.of("segments[0].name", "segments[1].name", "segments[2].weight", "segments[3].name",
                "segments[3].weight", "segments[4].renamedFrom", "segments[5]"), List.copyOf(refused.errors().keySet()));
        assertEquals(List.of("segments"), List.copyOf(assertThrows(InvalidInput.class, () -> current.change(null)).errors().keySet()));
    }

    @Test
    public void atMostOneHundredSegments() {
        List<SegmentList.Entry> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new SegmentList.Entry("S" + i, 1, null));
        }
        assertEquals(100, current.change(many).next().segments().size());
        many.add(new SegmentList.Entry("One more", 1, null));
        assertThrows(InvalidInput.class, () -> current.change(many));
    }

    @Test
    public void segmentsInUseJoinTheListOnceIgnoringCase() {
        SegmentList all = current.withSegmentsInUse(List.of("smb", "Partner", "Agency"));
        assertEquals(List.of("Enterprise", "SMB", "Agency", "Partner"), all.segments().stream().map(SegmentList.Segment::name).toList());
        assertEquals(1.0, all.named(" partner ").orElseThrow().weight(), 0);
        assertEquals("SMB", all.named("smb").orElseThrow().name());
    }
}

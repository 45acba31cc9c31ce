package dev.productops.jira.adapter.persistence;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

/** Oracle refuses an IN list of more than 1,000 items (ORA-01795): longer lists are split, ORed, in order. */
public class IdChunksTest {
    @Test
    public void aLongListIsSplitIntoListsOfAtMostAThousand() {
        String sql = IdChunks.anyIn("LINK_ID", 2_500);
        assertEquals(3, sql.split(" OR ").length);
        assertEquals(2_500, sql.chars().filter(c -> c == '?').count());
        for (String list : sql.split(" OR ")) {
            assertEquals(true, list.chars().filter(c -> c == '?').count() <= 1_000);
        }
        assertEquals("(LINK_ID IN (?,?))", IdChunks.anyIn("LINK_ID", 2));
    }
}

package dev.productops.jira.application.port;

import java.util.List;

/** How often each tag is used on insights: what suggestions while typing a tag are made of. */
public interface TagCounts {
    /** A tag (one of the ways it was written, when case differs), and on how many insights it is. */
    record TagUse(String tag, int insights) {
    }

    /** Tags whose lower-case key starts with {@code keyPrefix}, most used first, then by key; at most {@code limit}. */
    List<TagUse> mostUsedStartingWith(String keyPrefix, int limit);
}

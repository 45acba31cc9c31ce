package dev.productops.jira.application.port;

import java.util.Map;

/** The segments customers have, as they spell them, each with how many customers it has. */
public interface SegmentUse {
    Map<String, Integer> customersBySegment();
}

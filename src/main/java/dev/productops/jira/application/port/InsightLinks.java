package dev.productops.jira.application.port;

import dev.productops.jira.domain.insight.LinkedInsight;

import java.util.List;

/** Stored links between insights and Jira issues. */
public interface InsightLinks {
    /** Every insight linked to the issue, with its customer; a fixed number of queries however many there are. */
    List<LinkedInsight> linkedTo(long issueId);
}

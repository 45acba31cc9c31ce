package dev.productops.jira.application.insight;

import dev.productops.jira.application.port.InsightLinks;
import dev.productops.jira.application.port.IssueDirectory;
import dev.productops.jira.application.port.ScoreSettings;
import dev.productops.jira.domain.insight.Evidence;

import java.util.Optional;

/** Answers "what customer evidence backs this issue?" for the current viewer. */
public class EvidenceQuery {
    private final IssueDirectory issues;
    private final InsightLinks links;
    private final ScoreSettings scoring;

    public EvidenceQuery(IssueDirectory issues, InsightLinks links, ScoreSettings scoring) {
        this.issues = issues;
        this.links = links;
        this.scoring = scoring;
    }

    /** Empty when the issue does not exist or the viewer may not browse it: the two must look the same. */
    public Optional<Evidence> evidenceFor(String issueKey) {
        return issues.findVisible(issueKey)
                .map(issue -> Evidence.of(issue.key(), links.linkedTo(issue.id()), scoring.score()));
    }
}

package dev.productops.jira.domain.dependency;

import java.util.Arrays;

/**
 * Collects "blocker must finish before dependent" pairs by Jira issue id and builds the
 * {@link DependencyGraph}. Repeats and self-links may be added freely; the graph drops them.
 */
public final class GraphBuilder {
    private final IssueIndex issues;
    private int[] from;
    private int[] to;
    private int count;

    public GraphBuilder() {
        this(new IssueIndex(), 16);
    }

    /** Builds on an existing index, so issues added elsewhere (with their facts) keep their nodes. */
    public GraphBuilder(IssueIndex issues, int expectedDependencies) {
        this.issues = issues;
        this.from = new int[Math.max(4, expectedDependencies)];
        this.to = new int[from.length];
    }

    /** Adds an issue with no dependencies yet (it still belongs to the scope); returns its node. */
    public int issue(long issueId) {
        return issues.add(issueId);
    }

    public GraphBuilder dependency(long blockerId, long dependentId) {
        if (count == from.length) {
            from = Arrays.copyOf(from, count * 2);
            to = Arrays.copyOf(to, count * 2);
        }
        from[count] = issues.add(blockerId);
        to[count] = issues.add(dependentId);
        count++;
        return this;
    }

    public IssueIndex issues() {
        return issues;
    }

    /** Pairs added so far, repeats included. */
    public int dependenciesAdded() {
        return count;
    }

    public DependencyGraph build() {
        return DependencyGraph.of(issues.size(), from, to, count);
    }
}

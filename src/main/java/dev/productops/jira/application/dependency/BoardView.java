package dev.productops.jira.application.dependency;

import dev.productops.jira.domain.dependency.RiskState;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dependency board as one viewer may see it, filtered: {@code dependencies} and the lanes' counts are those the
 * filter lets through ({@code matching} of the board's {@code total}); {@code totals} counts by state what every
 * filter but the state leaves. {@code leftOut}: the chosen project keys the viewer cannot see (or that do not exist),
 * left off the board rather than failing it. {@code bundled}: dependencies among the matching ones that were
 * counted but not sent (a large board's first answer: ok and done ones, and problems beyond the first 2,000).
 */
public record BoardView(List<Lane> lanes, List<Column> columns, List<Card> cards, List<DependencyView> dependencies,
                        List<List<String>> cycles, List<String> criticalPath, Map<RiskState, Integer> totals,
                        int matching, int total, List<String> leftOut, int bundled) {

    /** A team (project); {@code problems} counts the conflicting, blocked and at-risk dependencies touching it. */
    public record Lane(String projectKey, String name, int cards, int problems) {
    }

    /** A planning window (sprint/version across teams, or a month); dates are null for "unscheduled". */
    public record Column(String id, String name, LocalDate start, LocalDate end) {
    }

    public record Card(String issueKey, String summary, String status, String statusCategory, String assignee,
                       LocalDate dueDate, String lane, String column, boolean outOfScope, String columnName) {
    }

    /** A reason's code and its parameters in the order of its text's placeholders; {@code message} is the default English text. */
    public record Reason(String code, String message, Map<String, String> parameters) {
        public Reason {
            parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        }
    }

    public record DependencyView(long linkId, String from, String to, String type, RiskState state, List<Reason> reasons,
                                 LocalDate neededBy, String owner, String agreement, boolean outOfScope) {
    }
}

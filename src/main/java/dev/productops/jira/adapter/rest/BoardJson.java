package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.dependency.BoardView;
import dev.productops.jira.application.dependency.DependencyPlanning;
import dev.productops.jira.application.dependency.LinkTypeSettings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** JSON shapes of the dependency board API (field names are public API: see docs/openapi.yaml). */
final class BoardJson {
    private BoardJson() {
    }

    record BoardOut(List<BoardView.Lane> lanes, List<ColumnOut> columns, List<CardOut> cards, List<DependencyOut> dependencies,
                    List<List<String>> cycles, List<String> criticalPath, Map<String, Integer> totals) {
        static BoardOut of(BoardView view) {
            return new BoardOut(view.lanes(), view.columns().stream().map(ColumnOut::of).toList(),
                    view.cards().stream().map(CardOut::of).toList(), view.dependencies().stream().map(DependencyOut::of).toList(),
                    view.cycles(), view.criticalPath(), view.totals());
        }
    }

    record ColumnOut(String id, String name, String start, String end) {
        static ColumnOut of(BoardView.Column column) {
            return new ColumnOut(column.id(), column.name(), text(column.start()), text(column.end()));
        }
    }

    record CardOut(String issueKey, String summary, String status, String statusCategory, String assignee, String dueDate,
                   String lane, String column, boolean outOfScope) {
        static CardOut of(BoardView.Card card) {
            return new CardOut(card.issueKey(), card.summary(), card.status(), card.statusCategory(), card.assignee(),
                    text(card.dueDate()), card.lane(), card.column(), card.outOfScope());
        }
    }

    record DependencyOut(long linkId, String from, String to, String type, String state, List<BoardView.Reason> reasons,
                         String neededBy, String owner, String agreement, boolean outOfScope) {
        static DependencyOut of(BoardView.DependencyView d) {
            return new DependencyOut(d.linkId(), d.from(), d.to(), d.type(), d.state(), d.reasons(), text(d.neededBy()),
                    d.owner(), d.agreement(), d.outOfScope());
        }
    }

    record PlanJson(Long linkId, String neededBy, String owner, String state, String note) {
        static PlanJson of(DependencyPlanning.Plan plan) {
            return new PlanJson(plan.linkId(), text(plan.neededBy()), plan.owner(), plan.state(), plan.note());
        }
    }

    record LinkRuleJson(String name, String blocker) {
    }

    record LinkTypeJson(String name, String outward, String inward) {
    }

    record LinkTypesJson(List<LinkRuleJson> dependencyLinkTypes, List<LinkTypeJson> available) {
        static LinkTypesJson of(LinkTypeSettings.LinkTypes types) {
            return new LinkTypesJson(
                    types.rules().stream().map(r -> new LinkRuleJson(r.linkTypeName(), r.sourceIsBlocker() ? "source" : "destination")).toList(),
                    types.available() == null ? null
                            : types.available().stream().map(t -> new LinkTypeJson(t.name(), t.outward(), t.inward())).toList());
        }
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}

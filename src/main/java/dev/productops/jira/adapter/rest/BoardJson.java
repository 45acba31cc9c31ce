package dev.productops.jira.adapter.rest;

import dev.productops.jira.application.dependency.BoardView;
import dev.productops.jira.application.dependency.DependencyPlanning;
import dev.productops.jira.application.dependency.LinkTypeChange;
import dev.productops.jira.application.dependency.LinkTypeSettings;

import dev.productops.jira.domain.dependency.RiskState;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of the dependency board API (field names are public API: see docs/openapi.yaml). */
final class BoardJson {
    private BoardJson() {
    }

    /** {@code states}: every state worst first and whether it is a problem, so the page need not define its own. */
    record BoardOut(List<BoardView.Lane> lanes, List<ColumnOut> columns, List<CardOut> cards, List<DependencyOut> dependencies,
                    List<List<String>> cycles, List<String> criticalPath, Map<String, Integer> totals, List<StateOut> states,
                    int matching, int total, List<String> leftOut, int bundled) {
        static BoardOut of(BoardView view, ReasonTexts texts) {
            Map<String, Integer> totals = new LinkedHashMap<>();
            view.totals().forEach((state, count) -> totals.put(state.id(), count));
            return new BoardOut(view.lanes(), view.columns().stream().map(ColumnOut::of).toList(),
                    view.cards().stream().map(CardOut::of).toList(), view.dependencies().stream().map(d -> DependencyOut.of(d, texts)).toList(),
                    view.cycles(), view.criticalPath(), totals, RiskState.WORST_FIRST.stream().map(StateOut::of).toList(),
                    view.matching(), view.total(), view.leftOut(), view.bundled());
        }
    }

    record StateOut(String id, boolean problem) {
        static StateOut of(RiskState state) {
            return new StateOut(state.id(), state.isProblem());
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

    record DependencyOut(long linkId, String from, String to, String type, String state, List<ReasonOut> reasons,
                         String neededBy, String owner, String agreement, boolean outOfScope) {
        static DependencyOut of(BoardView.DependencyView d, ReasonTexts texts) {
            return new DependencyOut(d.linkId(), d.from(), d.to(), d.type(), d.state().id(),
                    d.reasons().stream().map(r -> new ReasonOut(r.code(), texts.text(r), r.parameters())).toList(), text(d.neededBy()),
                    d.owner(), d.agreement(), d.outOfScope());
        }
    }

    /** {@code message}: the reason in the viewer's language; {@code parameters}: what the page fills into its own text. */
    record ReasonOut(String code, String message, Map<String, String> parameters) {
    }

    record PlanJson(Long linkId, String neededBy, String owner, String state, String note) {
        static PlanJson of(DependencyPlanning.Plan plan) {
            return new PlanJson(plan.linkId(), text(plan.neededBy()), plan.owner(),
                    plan.state() == null ? null : plan.state().id(), plan.note());
        }
    }

    record LinkRuleJson(String name, String blocker) {
    }

    record LinkTypeJson(String name, String outward, String inward) {
    }

    record LinkTypesJson(List<LinkRuleJson> dependencyLinkTypes, List<LinkTypeJson> available) {
        static LinkTypesJson of(LinkTypeSettings.LinkTypes types) {
            return new LinkTypesJson(
                    types.rules().stream().map(r -> new LinkRuleJson(r.linkTypeName(), (r.sourceIsBlocker() ? LinkTypeChange.Blocker.SOURCE : LinkTypeChange.Blocker.DESTINATION).id())).toList(),
                    types.available() == null ? null
                            : types.available().stream().map(t -> new LinkTypeJson(t.name(), t.outward(), t.inward())).toList());
        }
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}

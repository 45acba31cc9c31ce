package dev.productops.jira.adapter.rest;

import com.atlassian.sal.api.message.I18nResolver;
import dev.productops.jira.application.dependency.BoardView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A dependency's reason in the viewer's language: the bundle's {@code productops.board.reason.CODE} pattern with the
 * reason's parameters in order. Whole numbers go in as numbers, so the patterns' choice formats say "1 day" and
 * "3 days". The page renders the same keys from the same parameters; the issue view's Dependencies panel uses this too.
 */
public final class ReasonTexts {
    static final String PREFIX = "productops.board.reason.";

    private final I18nResolver i18n;

    public ReasonTexts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String text(BoardView.Reason reason) {
        List<Serializable> arguments = new ArrayList<>();
        for (String value : reason.parameters().values()) {
            arguments.add(value != null && value.matches("-?\\d{1,9}") ? (Serializable) Integer.valueOf(value) : value);
        }
        String key = PREFIX + reason.code();
        String text = i18n.getText(key, arguments.toArray(new Serializable[0]));
        return text == null || text.equals(key) ? reason.message() : text;
    }
}

package dev.productops.jira.application.dependency;

import dev.productops.jira.domain.insight.InvalidInput;

import java.util.Map;

/** A board someone saves under a name: the name as it will be listed (stripped), the board's address as given. */
public record BoardToSave(String name, String view) {
    static final int NAME_MAX = 60;

    public BoardToSave {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new InvalidInput(Map.of("name", "Give the board a name of 1 to " + NAME_MAX + " characters."));
        }
        view = BoardViews.checkedView(view);
    }
}

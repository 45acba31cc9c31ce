package dev.productops.jira.application.dependency;

import dev.productops.jira.application.dependency.port.BoardViewStore;
import dev.productops.jira.application.dependency.port.BoardViewStore.SavedBoard;
import dev.productops.jira.application.port.CurrentViewer;
import dev.productops.jira.application.port.Viewer;
import dev.productops.jira.domain.insight.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the board remembers for each person: the last board they opened (so "Dependencies" in the menu brings it back)
 * and up to ten boards saved under names, each shareable by its address. Kept in Jira per user, never in the browser,
 * so it follows them to another machine. A board's address is the caller's business: it is stored as given.
 */
public class BoardViews {
    public static final int MAX_SAVED = 10;
    static final int VIEW_MAX = 2000;

    public record Remembered(Optional<String> last, List<SavedBoard> saved) {
    }

    private final BoardViewStore store;
    private final CurrentViewer viewers;

    public BoardViews(BoardViewStore store, CurrentViewer viewers) {
        this.store = store;
        this.viewers = viewers;
    }

    public Remembered mine() {
        Viewer viewer = viewers.require();
        return new Remembered(store.last(viewer.key()), store.saved(viewer.key()));
    }

    public void rememberLast(String view) {
        Viewer viewer = viewers.require();
        store.rememberLast(viewer.key(), checkedView(view));
    }

    /** The menu opens the empty board again, until another board is opened. */
    public void forgetLast() {
        store.forgetLast(viewers.require().key());
    }

    /** Saves (or replaces, by name) a board; at most {@link #MAX_SAVED}. */
    public List<SavedBoard> save(BoardToSave board) {
        Viewer viewer = viewers.require();
        String cleanName = board.name();
        String cleanView = board.view();
        List<SavedBoard> boards = new ArrayList<>(store.saved(viewer.key()));
        boards.removeIf(b -> b.name().equalsIgnoreCase(cleanName));
        if (boards.size() >= MAX_SAVED) {
            throw new InvalidInput(Map.of("name", "At most " + MAX_SAVED + " boards can be saved; remove one first."));
        }
        boards.add(new SavedBoard(cleanName, cleanView));
        store.replaceSaved(viewer.key(), boards);
        return boards;
    }

    public List<SavedBoard> remove(String name) {
        Viewer viewer = viewers.require();
        List<SavedBoard> boards = new ArrayList<>(store.saved(viewer.key()));
        boards.removeIf(b -> b.name().equalsIgnoreCase(name == null ? "" : name.strip()));
        store.replaceSaved(viewer.key(), boards);
        return boards;
    }

    static String checkedView(String view) {
        if (view == null || view.isBlank() || view.length() > VIEW_MAX || view.contains("\n")) {
            throw new InvalidInput(Map.of("view", "A board's address of 1 to " + VIEW_MAX + " characters."));
        }
        return view.strip();
    }
}

package dev.productops.jira.adapter.persistence;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.productops.jira.application.dependency.port.BoardViewStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Each person's boards in Jira's plugin settings, under keys that carry their user key (user keys never change,
 * usernames may): the last board as a string, the saved ones as lines "name&lt;TAB&gt;view".
 */
public class PluginSettingsBoardViews implements BoardViewStore {
    static final String PREFIX = "dev.productops.jira.board.";

    private final PluginSettingsFactory settings;

    public PluginSettingsBoardViews(PluginSettingsFactory settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> last(String userKey) {
        Object stored = settings.createGlobalSettings().get(PREFIX + "last." + userKey);
        return stored instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    @Override
    public void rememberLast(String userKey, String view) {
        settings.createGlobalSettings().put(PREFIX + "last." + userKey, view);
    }

    @Override
    public void forgetLast(String userKey) {
        settings.createGlobalSettings().remove(PREFIX + "last." + userKey);
    }

    @Override
    public List<SavedBoard> saved(String userKey) {
        Object stored = settings.createGlobalSettings().get(PREFIX + "saved." + userKey);
        List<SavedBoard> boards = new ArrayList<>();
        if (stored instanceof String text) {
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    boards.add(new SavedBoard(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
        }
        return boards;
    }

    @Override
    public void replaceSaved(String userKey, List<SavedBoard> boards) {
        settings.createGlobalSettings().put(PREFIX + "saved." + userKey, boards.stream()
                .map(b -> b.name().replace('\t', ' ') + "\t" + b.view()).collect(Collectors.joining("\n")));
    }
}

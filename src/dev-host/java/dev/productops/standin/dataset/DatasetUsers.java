package dev.productops.standin.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.productops.standin.store.HostProject;
import dev.productops.standin.store.HostUser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The users of a loaded dataset: everyone seen as assignee or reporter (password = username, browses
 * everything), plus admin, alice and bob with the same roles as in the sample organisation: alice
 * browses all projects but the alphabetically last, bob only the alphabetically first.
 */
final class DatasetUsers {

    private static final Set<String> RESERVED = Set.of("admin", "alice", "bob");

    private final TreeMap<String, JsonNode> seen = new TreeMap<>();

    /** Remembers a user object of an issue and returns its username, or null when there is none. */
    String seen(JsonNode user) {
        String username = DatasetAssembly.text(user, "name");
        if (username == null) {
            username = DatasetAssembly.text(user, "key");
        }
        if (username != null) {
            seen.putIfAbsent(username.toLowerCase(Locale.ROOT), user);
        }
        return username;
    }

    List<HostUser> all(List<HostProject> projects) {
        List<String> projectKeys = projects.stream().map(HostProject::key).sorted().toList();
        List<HostUser> users = new ArrayList<>();
        users.add(new HostUser(1, "admin", "admin", "Administrator", "admin@example.com", "admin", true, Set.of()));
        users.add(new HostUser(2, "JIRAUSER2", "alice", "Alice Andersson", "alice@example.com", "alice", false,
                Set.copyOf(projectKeys.subList(0, Math.max(0, projectKeys.size() - 1)))));
        users.add(new HostUser(3, "JIRAUSER3", "bob", "Bob Brown", "bob@example.com", "bob", false,
                Set.copyOf(projectKeys.subList(0, Math.min(1, projectKeys.size())))));
        Set<String> everything = Set.copyOf(projectKeys);
        Set<String> takenKeys = users.stream().map(HostUser::key).collect(Collectors.toCollection(HashSet::new));
        seen.values().stream()
                .sorted(Comparator.comparing(user -> username(user).toLowerCase(Locale.ROOT)))
                .filter(user -> !RESERVED.contains(username(user).toLowerCase(Locale.ROOT)))
                .forEach(user -> {
                    String username = username(user);
                    String key = DatasetAssembly.text(user, "key") == null ? username : DatasetAssembly.text(user, "key");
                    if (takenKeys.add(key)) {
                        String displayName = DatasetAssembly.text(user, "displayName");
                        users.add(new HostUser(users.size() + 1, key, username,
                                displayName == null ? username : displayName,
                                DatasetAssembly.text(user, "emailAddress"), username, false, everything));
                    }
                });
        return users;
    }

    private static String username(JsonNode user) {
        String name = DatasetAssembly.text(user, "name");
        return name == null ? DatasetAssembly.text(user, "key") : name;
    }
}

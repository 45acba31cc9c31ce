package dev.productops.standin.dashboard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's "System dashboard": one dashboard every user sees, whose gadgets only administrators add, configure or
 * remove. Each gadget is a dashboard item placed once, with an id and its own preferences (strings, as Jira keeps
 * them). Kept in a JSON file in the stand-in's data directory, so a restart keeps the dashboard as it was.
 */
public final class SystemDashboard {
    /** Jira's id of the system dashboard. */
    public static final long ID = 10000;
    /** Jira numbers gadget instances from 10000 upwards too; the first one here is 10100, as on a fresh Jira. */
    private static final long FIRST_GADGET_ID = 10100;

    /** A dashboard item placed on the dashboard: the item's complete module key and this instance's preferences. */
    public record Gadget(long id, String moduleKey, Map<String, String> preferences) {
        public Gadget {
            preferences = Map.copyOf(preferences);
        }
    }

    private record Stored(long nextId, List<Gadget> gadgets) {
    }

    private final Path file;
    private final ObjectMapper json;
    private final List<Gadget> gadgets = new ArrayList<>();
    private long nextId = FIRST_GADGET_ID;

    private SystemDashboard(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    /** The dashboard kept in {@code file}; empty when the file does not exist yet. */
    public static SystemDashboard open(Path file, ObjectMapper json) {
        SystemDashboard dashboard = new SystemDashboard(file, json);
        if (Files.isRegularFile(file)) {
            try {
                Stored stored = json.readValue(file.toFile(), new TypeReference<Stored>() { });
                dashboard.gadgets.addAll(stored.gadgets());
                dashboard.nextId = Math.max(stored.nextId(), FIRST_GADGET_ID);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the dashboard kept in " + file, e);
            }
        }
        return dashboard;
    }

    /** Whether this dashboard was never saved: a fresh Jira, where the sample organisation may lay it out. */
    public synchronized boolean isNew() {
        return !Files.exists(file);
    }

    public synchronized List<Gadget> gadgets() {
        return List.copyOf(gadgets);
    }

    public synchronized Optional<Gadget> gadget(long id) {
        return gadgets.stream().filter(g -> g.id() == id).findFirst();
    }

    /** Places an item at the top of the dashboard, as Jira puts a newly added gadget first. */
    public synchronized Gadget add(String moduleKey) {
        Gadget gadget = new Gadget(nextId++, moduleKey, Map.of());
        gadgets.add(0, gadget);
        save();
        return gadget;
    }

    /** Replaces a gadget's preferences with these; empty when there is no such gadget. */
    public synchronized Optional<Gadget> savePreferences(long id, Map<String, String> preferences) {
        for (int i = 0; i < gadgets.size(); i++) {
            if (gadgets.get(i).id() == id) {
                Gadget saved = new Gadget(id, gadgets.get(i).moduleKey(), new LinkedHashMap<>(preferences));
                gadgets.set(i, saved);
                save();
                return Optional.of(saved);
            }
        }
        return Optional.empty();
    }

    public synchronized boolean remove(long id) {
        boolean removed = gadgets.removeIf(g -> g.id() == id);
        if (removed) {
            save();
        }
        return removed;
    }

    /** Written beside the file and moved over it, so a crash mid-write never leaves half a dashboard. */
    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Stored(nextId, gadgets));
            // On disk before the move, so the moved file is never a name for bytes still in memory.
            try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(next, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(java.nio.ByteBuffer.wrap(bytes));
                out.force(true);
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the dashboard in " + file, e);
        }
    }
}

package dev.productops.standin.host;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Plugin settings of a single-node stand-in: a properties file in the data directory. Every change writes a whole
 * new file beside it, forces it to disk and moves it over the old one, so a kill at any moment leaves either the old
 * or the new settings, never an empty file (adversary F7). The last line marks a complete file: a file without it was
 * damaged outside the stand-in, and starting on silent defaults would hide that, so reading it fails.
 */
public final class FilePluginSettings implements PluginSettingsStore {
    static final String END = "#end of plugin settings";

    private final Path file;

    public FilePluginSettings(Path file) {
        this.file = file;
    }

    /** Reads the file once, so a damaged file stops the stand-in at start rather than at the first setting read. */
    public FilePluginSettings verified() {
        read();
        return this;
    }

    @Override
    public synchronized String get(String key) {
        return read().getProperty(key);
    }

    @Override
    public synchronized String put(String key, String value) {
        Properties settings = read();
        Object previous = value == null ? settings.remove(key) : settings.setProperty(key, value);
        write(settings);
        return previous == null ? null : previous.toString();
    }

    private Properties read() {
        Properties settings = new Properties();
        if (!Files.exists(file)) {
            return settings;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.stripTrailing().endsWith(END)) {
                throw new IllegalStateException("The plugin settings in " + file.toAbsolutePath() + " are incomplete (no '"
                        + END + "' line): the file was cut short or edited. Restore it, or delete it to start from the "
                        + "plugin's defaults.");
            }
            settings.load(new StringReader(text));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin settings in " + file, e);
        }
    }

    private void write(Properties settings) {
        try {
            StringWriter text = new StringWriter();
            settings.store(text, "Plugin settings of the Jira stand-in");
            text.write(END + System.lineSeparator());
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path next = directory.resolve(file.getFileName() + ".next");
            try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(StandardCharsets.UTF_8.encode(text.toString()));
                out.force(true);
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the plugin settings in " + file, e);
        }
    }
}

package dev.productops.standin.host;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Adversary F7: a kill during a settings save left an empty file, and the stand-in went back to defaults silently. */
public class FilePluginSettingsTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theFileOnDiskIsAlwaysACompleteVersionWhileSettingsAreSaved() throws Exception {
        Path file = folder.getRoot().toPath().resolve("plugin-settings.properties");
        FilePluginSettings settings = new FilePluginSettings(file);
        settings.put("group", "group-0");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger incomplete = new AtomicInteger();
        // What a kill -9 would leave behind at any instant is what another process reads at that instant.
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    String text = Files.readString(file);
                    if (!text.contains("group=group-")) {
                        incomplete.incrementAndGet();
                    }
                } catch (java.io.IOException e) {
                    incomplete.incrementAndGet();
                }
            }
        });
        reader.start();
        for (int i = 1; i <= 300; i++) {
            settings.put("group", "group-" + i);
            settings.put("link-types", "Blocks\tsource\n".repeat(50));
        }
        writing.set(false);
        reader.join();
        assertEquals("reads that found a missing, empty or partial file", 0, incomplete.get());
        assertEquals("group-300", new FilePluginSettings(file).get("group"));
        assertFalse("no temporary file is left behind", Files.exists(file.resolveSibling(file.getFileName() + ".next")));
    }

    @Test
    public void aDamagedFileStopsTheStandInInsteadOfFallingBackToDefaults() throws Exception {
        Path file = folder.getRoot().toPath().resolve("plugin-settings.properties");
        Files.writeString(file, "");
        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> new FilePluginSettings(file).verified());
        assertTrue(empty.getMessage(), empty.getMessage().contains("incomplete"));

        Files.writeString(file, "#Plugin settings\ndev.productops.jira.product-ops-group=grou");
        assertThrows(IllegalStateException.class, () -> new FilePluginSettings(file).get("dev.productops.jira.product-ops-group"));
    }

    @Test
    public void noFileMeansNoSettingsYet() {
        assertEquals(null, new FilePluginSettings(folder.getRoot().toPath().resolve("absent.properties")).verified().get("x"));
    }
}

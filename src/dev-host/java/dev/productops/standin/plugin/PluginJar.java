package dev.productops.standin.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The packaged plugin as an admin uploads it: what Jira's plugin loader reads from the artifact before the bundle is
 * installed (its descriptor), and the i18n bundles the descriptor names.
 */
public record PluginJar(Path path, PluginDescriptor descriptor, Properties messages) {
    /** -Dproductops.jar, else the newest plugin jar the build left in target/. */
    public static Path fromSystemProperties() {
        String configured = System.getProperty("productops.jar", "").trim();
        if (!configured.isEmpty()) {
            return Paths.get(configured);
        }
        try (Stream<Path> files = Files.list(Paths.get("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("productops-jira-[\\d.]+(-SNAPSHOT)?\\.jar"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No plugin jar in target/: build it first (mvn package)"));
        } catch (IOException e) {
            throw new IllegalStateException("No plugin jar in target/: build it first (mvn package)", e);
        }
    }

    public static PluginJar open(Path path) {
        try (JarFile jar = new JarFile(path.toFile())) {
            PluginDescriptor descriptor;
            try (InputStream in = entry(jar, InstalledPlugin.DESCRIPTOR)) {
                descriptor = PluginDescriptor.read(in);
            }
            Properties messages = new Properties();
            for (String bundle : descriptor.i18nBundles()) {
                try (InputStream in = entry(jar, bundle.replace('.', '/') + ".properties")) {
                    messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            return new PluginJar(path, descriptor, messages);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin jar " + path, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the plugin jar " + path + ": " + e.getMessage(), e);
        }
    }

    private static InputStream entry(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        if (entry == null) {
            throw new IllegalStateException(jar.getName() + " has no " + name);
        }
        return jar.getInputStream(entry);
    }
}

package dev.productops.standin.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Packs the stand-in's Platform 8 extender ({@code standin.osgi.platform8}) into a bundle, so that it runs inside Felix
 * and takes Spring 6 from the framework's Spring bundles, as Atlassian's Gemini build does on Jira 11 — never from the
 * host's class path.
 */
final class SpringExtenderBundle {
    static final String SYMBOLIC_NAME = "dev.productops.standin.spring6-extender";
    /** Named, not loaded: those classes link against Spring 6, which only the framework has. */
    private static final String PACKAGE = "dev.productops.standin.osgi.platform8";
    private static final String ACTIVATOR = PACKAGE + ".SpringXmlExtender";
    static final String OUTCOME_LISTENER = "productops.standin.springContextOutcome";
    static final String SCHEMAS_PROPERTY = "productops.standin.geminiSchemas";
    private static final String SPRING_6 = ";version=\"[6,7)\"";
    private static final List<String> IMPORTS = List.of(
            "org.osgi.framework", "org.osgi.framework.wiring", "org.osgi.util.tracker", "org.w3c.dom", "org.xml.sax",
            "org.springframework.beans.factory" + SPRING_6, "org.springframework.beans.factory.config" + SPRING_6,
            "org.springframework.beans.factory.support" + SPRING_6, "org.springframework.beans.factory.xml" + SPRING_6,
            "org.springframework.context.support" + SPRING_6, "org.springframework.core.io" + SPRING_6);

    private SpringExtenderBundle() {
    }

    /** Writes the bundle into {@code folder} and answers its path. */
    static Path writeTo(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", ACTIVATOR);
        main.putValue("Import-Package", String.join(",", IMPORTS));
        // classes Spring's own signatures name (BeanDefinitionRegistry, Resource…) come from the same Spring bundles
        main.putValue("DynamicImport-Package", "org.springframework.*");
        Path jar = folder.resolve(SYMBOLIC_NAME + ".jar");
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream bundle = new JarOutputStream(out, manifest)) {
            String directory = PACKAGE.replace('.', '/') + "/";
            for (Path type : classFiles(directory)) {
                bundle.putNextEntry(new JarEntry(directory + type.getFileName()));
                try (InputStream in = Files.newInputStream(type)) {
                    in.transferTo(bundle);
                }
                bundle.closeEntry();
            }
        }
        return jar;
    }

    private static List<Path> classFiles(String directory) throws IOException {
        URL location = SpringExtenderBundle.class.getClassLoader().getResource(directory);
        if (location == null || !"file".equals(location.getProtocol())) {
            throw new IllegalStateException("The Platform 8 extender's classes are not in a class folder: " + location);
        }
        try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
            return files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

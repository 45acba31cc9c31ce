package dev.productops.standin.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A small plugin jar made for one test: a manifest, one Spring XML file and some classes, each chosen to be broken in
 * exactly one way that Jira punishes.
 */
final class FixturePlugin {
    static final String SPRING_HEADER = """
            <beans xmlns="http://www.springframework.org/schema/beans"
                   xmlns:osgi="http://www.eclipse.org/gemini/blueprint/schema/blueprint"
                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
                       http://www.eclipse.org/gemini/blueprint/schema/blueprint http://www.eclipse.org/gemini/blueprint/schema/blueprint/gemini-blueprint.xsd"
                   default-autowire="constructor">
            """;

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Class<?>> classes = new ArrayList<>();
    private String springXml = SPRING_HEADER + "</beans>";

    FixturePlugin(String key) {
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", key);
        headers.put("Bundle-Version", "1.0.0");
        headers.put("Atlassian-Plugin-Key", key);
        headers.put("Spring-Context", "*");
    }

    FixturePlugin header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    FixturePlugin imports(String importPackage) {
        return header("Import-Package", importPackage);
    }

    /** The body of the plugin's Spring XML, inside {@code <beans>}. */
    FixturePlugin spring(String body) {
        springXml = SPRING_HEADER + body + "\n</beans>";
        return this;
    }

    FixturePlugin classes(Class<?>... types) {
        classes.addAll(List.of(types));
        return this;
    }

    Path writeTo(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        Path jar = Files.createTempFile(folder, headers.get("Bundle-SymbolicName"), ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("META-INF/spring/plugin-context.xml"));
            out.write(springXml.getBytes(StandardCharsets.UTF_8));
            for (Class<?> type : classes) {
                String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
            }
        }
        return jar;
    }
}

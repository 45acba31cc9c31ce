package dev.productops.standin.plugin;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The plugin as the stand-in finds it on its class path: its descriptor and its Spring XML files. */
public record InstalledPlugin(ClassLoader classLoader, PluginDescriptor descriptor, List<SpringXml> springContexts) {
    static final String DESCRIPTOR = "atlassian-plugin.xml";
    static final String SPRING_FOLDER = "META-INF/spring/";

    public static InstalledPlugin fromClassPath(ClassLoader loader) {
        URL descriptorUrl = loader.getResource(DESCRIPTOR);
        if (descriptorUrl == null) {
            throw new IllegalStateException(DESCRIPTOR + " is not on the class path: build the plugin first (mvn -Prun does)");
        }
        try (InputStream in = descriptorUrl.openStream()) {
            PluginDescriptor descriptor = PluginDescriptor.read(in);
            List<SpringXml> contexts = new ArrayList<>();
            for (URL xml : springXmlBeside(descriptorUrl)) {
                try (InputStream spring = xml.openStream()) {
                    contexts.add(SpringXml.read(spring));
                }
            }
            return new InstalledPlugin(loader, descriptor, contexts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the plugin: " + e.getMessage(), e);
        }
    }

    /** Spring XML files of the same jar or classes folder as the descriptor, not of other libraries. */
    static List<URL> springXmlBeside(URL descriptorUrl) throws IOException, URISyntaxException {
        List<URL> found = new ArrayList<>();
        if ("jar".equals(descriptorUrl.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) descriptorUrl.openConnection();
            String jarUrl = connection.getJarFileURL().toString();
            try (JarFile jar = new JarFile(new File(connection.getJarFileURL().toURI()))) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(SPRING_FOLDER) && name.endsWith(".xml")) {
                        found.add(new URL("jar:" + jarUrl + "!/" + name));
                    }
                }
            }
        } else {
            File root = new File(descriptorUrl.toURI()).getParentFile();
            File[] files = new File(root, SPRING_FOLDER).listFiles((dir, name) -> name.endsWith(".xml"));
            if (files != null) {
                for (File file : files) {
                    found.add(file.toURI().toURL());
                }
            }
        }
        return found;
    }
}

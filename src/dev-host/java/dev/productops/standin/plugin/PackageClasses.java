package dev.productops.standin.plugin;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Lists the classes of a package, from a classes directory or a jar, as the REST module scans {@code <package>}s. */
final class PackageClasses {
    private PackageClasses() {
    }

    static List<Class<?>> in(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        List<Class<?>> classes = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (String name : classNames(root, path)) {
                    classes.add(Class.forName(name, true, loader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    private static List<String> classNames(URL root, String path) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(root.getProtocol())) {
            try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(path + "/") && entry.endsWith(".class") && entry.indexOf('/', path.length() + 1) < 0) {
                        names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                    }
                }
            }
        } else {
            File[] files = new File(root.toURI()).listFiles((dir, name) -> name.endsWith(".class"));
            if (files != null) {
                for (File file : files) {
                    names.add(path.replace('/', '.') + "." + file.getName().substring(0, file.getName().length() - ".class".length()));
                }
            }
        }
        return names;
    }
}

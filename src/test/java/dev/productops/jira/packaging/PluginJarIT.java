package dev.productops.jira.packaging;

import dev.productops.standin.plugin.SpringXml;
import dev.productops.standin.plugin.PluginDescriptor;
import org.junit.BeforeClass;
import org.junit.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Inspects the built plugin jar the way Jira's plugin system and a Marketplace reviewer would. */
public class PluginJarIT {
    private static JarFile jar;
    private static List<String> entries;

    @BeforeClass
    public static void openJar() throws IOException {
        File file = new File(System.getProperty("productops.jar", "target/productops-jira.jar"));
        assertTrue("built plugin jar not found: " + file, file.isFile());
        jar = new JarFile(file);
        entries = new ArrayList<>();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            entries.add(e.nextElement().getName());
        }
    }

    @Test
    public void containsNoHostClasses() {
        for (String entry : entries) {
            if (entry.startsWith("com/atlassian/") || entry.startsWith("net/java/ao/")
                    || entry.startsWith("javax/") || entry.startsWith("dev/productops/standin/")) {
                fail("the plugin jar must not contain " + entry);
            }
        }
    }

    @Test
    public void hasTheDescriptorAtItsRoot() {
        assertTrue(entries.contains("atlassian-plugin.xml"));
    }

    @Test
    public void hasTheTransformerlessManifest() throws IOException {
        Attributes main = jar.getManifest().getMainAttributes();
        assertEquals("dev.productops.jira", main.getValue("Atlassian-Plugin-Key"));
        assertEquals("dev.productops.jira", main.getValue("Bundle-SymbolicName"));
        assertNotNull("Bundle-Version (without it Jira refuses a transformerless plugin)", main.getValue("Bundle-Version"));
        assertEquals("*", main.getValue("Spring-Context"));
        assertEquals("2", main.getValue("Bundle-ManifestVersion"));
        assertNotNull(main.getValue("Atlassian-Build-Date"));
        String exports = main.getValue("Export-Package");
        assertTrue("exports nothing", exports == null || exports.isBlank());
    }

    @Test
    public void importsEveryHostPackageItUsesAndEmbedsNoneOfThem() throws Exception {
        String imports = jar.getManifest().getMainAttributes().getValue("Import-Package");
        List<String> required = new ArrayList<>(Arrays.asList("com.atlassian.activeobjects.external", "net.java.ao",
                "net.java.ao.schema", "com.atlassian.jira.issue", "com.atlassian.jira.security", "com.atlassian.plugin.web",
                "javax.ws.rs", "com.atlassian.jira.plugin.webfragment.conditions"));
        for (SpringXml xml : springXml()) {
            xml.references().values().forEach(iface -> required.add(iface.substring(0, iface.lastIndexOf('.'))));
        }
        for (String pkg : required) {
            assertTrue("Import-Package lacks " + pkg + ": " + imports, imports.matches("(?s).*(^|,)" + pkg.replace(".", "\\.") + "(;|,|$).*"));
        }
    }

    @Test
    public void everyClassAndResourceNamedByTheDescriptorIsInTheJar() throws Exception {
        PluginDescriptor descriptor;
        try (InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            descriptor = PluginDescriptor.read(in);
        }
        assertEquals("dev.productops.jira", descriptor.key());
        assertTrue("version filled in by the build", !descriptor.version().contains("${"));
        for (String className : descriptor.referencedClasses()) {
            assertTrue("missing class " + className, entries.contains(className.replace('.', '/') + ".class"));
        }
        for (String resource : descriptor.referencedResources()) {
            assertTrue("missing resource " + resource, entries.contains(resource));
        }
        for (PluginDescriptor.RestModule rest : descriptor.rest()) {
            for (String pkg : rest.packages()) {
                assertTrue("REST package " + pkg + " is empty", entries.stream().anyMatch(e -> e.startsWith(pkg.replace('.', '/') + "/")));
            }
        }
    }

    @Test
    public void everyBeanOfTheSpringContextIsInTheJar() throws Exception {
        List<SpringXml> contexts = springXml();
        assertTrue("META-INF/spring/*.xml present", !contexts.isEmpty());
        for (SpringXml xml : contexts) {
            for (String beanClass : xml.beans().values()) {
                if (beanClass.startsWith("java.")) {
                    continue;
                }
                assertTrue("missing bean class " + beanClass, entries.contains(beanClass.replace('.', '/') + ".class"));
            }
        }
    }

    private static List<SpringXml> springXml() throws Exception {
        List<SpringXml> contexts = new ArrayList<>();
        for (String entry : entries) {
            if (entry.startsWith("META-INF/spring/") && entry.endsWith(".xml")) {
                try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                    contexts.add(SpringXml.read(in));
                }
            }
        }
        return contexts;
    }

}

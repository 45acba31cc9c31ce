package dev.productops.jira.packaging;

import dev.productops.standin.plugin.SpringXml;
import dev.productops.standin.plugin.PluginDescriptor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Inspects both built plugin jars the way Jira's plugin system and a Marketplace reviewer would: the Jira 10.3 jar
 * (javax) and the Jira 11 jar the build makes from it (jakarta). The same rules hold for both; each imports the Java EE
 * APIs under its platform's names, at ranges that platform satisfies, and names no package of the other.
 */
@RunWith(Parameterized.class)
public class PluginJarIT {
    /** What differs between the two jars: the names and ranges of the Java EE APIs, and the platform the descriptor names. */
    public enum Platform {
        JIRA_10_3("productops.jar", "target/productops-jira.jar", "javax", "[2.5,5)", "[2.0,3)", "[1,2)", "jakarta",
                "Jira Data Center 10.3 LTS (Platform 7, javax)"),
        JIRA_11("productops.jar.jira11", "target/productops-jira-jira11.jar", "jakarta", "[5.0,7)", "[3.0,4)", "[2.0,3)", "javax",
                "Jira Data Center 11 (Platform 8, jakarta)");

        final String jarProperty;
        final String defaultJar;
        final String ee;
        final String servletRange;
        final String restRange;
        final String injectRange;
        final String otherEe;
        final String descriptorPlatform;

        Platform(String jarProperty, String defaultJar, String ee, String servletRange, String restRange, String injectRange,
                 String otherEe, String descriptorPlatform) {
            this.jarProperty = jarProperty;
            this.defaultJar = defaultJar;
            this.ee = ee;
            this.servletRange = servletRange;
            this.restRange = restRange;
            this.injectRange = injectRange;
            this.otherEe = otherEe;
            this.descriptorPlatform = descriptorPlatform;
        }
    }

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Platform> platforms() {
        return List.of(Platform.values());
    }

    private final Platform platform;
    private JarFile jar;
    private List<String> entries;

    public PluginJarIT(Platform platform) {
        this.platform = platform;
    }

    @Before
    public void openJar() throws IOException {
        File file = new File(System.getProperty(platform.jarProperty, platform.defaultJar));
        assertTrue("built plugin jar not found: " + file, file.isFile());
        jar = new JarFile(file);
        entries = new ArrayList<>();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            entries.add(e.nextElement().getName());
        }
    }

    @After
    public void closeJar() throws IOException {
        jar.close();
    }

    @Test
    public void containsNoHostClasses() {
        for (String entry : entries) {
            if (entry.startsWith("com/atlassian/") || entry.startsWith("net/java/ao/") || entry.startsWith("org/ofbiz/")
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
                platform.ee + ".ws.rs", "com.atlassian.jira.plugin.webfragment.conditions"));
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

    /**
     * The ranges each platform's exports fall in. Jira has reported servlet 2.5 to the plugin system on purpose, and
     * Atlassian's own REST v2 plugins import JAX-RS from 2.0, so narrower ranges only add ways to fail enabling. The Jira 11
     * ranges start at the first jakarta-named releases: its bytecode is the 10.3 bytecode, renamed.
     */
    @Test
    public void importsServletJaxRsAndInjectWithRangesJiraSatisfies() throws IOException {
        Map<String, String> imports = importedPackages();
        assertEquals(platform.servletRange, imports.get(platform.ee + ".servlet.http"));
        List<String> jaxRs = imports.keySet().stream().filter(p -> p.startsWith(platform.ee + ".ws.rs")).toList();
        assertTrue("imports JAX-RS: " + imports.keySet(), !jaxRs.isEmpty());
        for (String pkg : jaxRs) {
            assertEquals(pkg, platform.restRange, imports.get(pkg));
        }
        for (String pkg : imports.keySet()) {
            if (pkg.startsWith(platform.ee + ".servlet")) {
                assertEquals(pkg, platform.servletRange, imports.get(pkg));
            }
        }
        // @Inject (REST v2 resources) must bring its import with it; bnd adds it only once a class refers to it.
        if (anyClassMentions(platform.ee + "/inject/")) {
            assertEquals(platform.ee + ".inject imported for @Inject: " + imports.keySet(), platform.injectRange,
                    imports.get(platform.ee + ".inject"));
        } else {
            assertFalse(platform.ee + ".inject imported although no class uses it", imports.containsKey(platform.ee + ".inject"));
        }
    }

    /**
     * One jar cannot import both namespaces: Jira 10.3 exports only javax.servlet, javax.ws.rs and javax.inject, Jira 11
     * only their jakarta names. Any mention of the other platform's names (a constant pool entry, a header, an XML
     * attribute, a script) is a class Jira cannot load or a reference it cannot resolve. Maven's build metadata is exempt.
     */
    @Test
    public void namesNoServletRestOrInjectPackageOfTheOtherPlatform() throws IOException {
        List<String> forbidden = new ArrayList<>();
        for (String api : List.of("servlet", "ws.rs", "ws/rs", "inject")) {
            forbidden.add(platform.otherEe + "." + api);
            forbidden.add(platform.otherEe + "/" + api);
        }
        List<String> offenders = new ArrayList<>();
        for (String entry : entries) {
            if (entry.endsWith("/") || entry.startsWith("META-INF/maven/")) {
                continue;
            }
            byte[] content;
            try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                content = in.readAllBytes();
            }
            for (String name : forbidden) {
                if (indexOf(content, name.getBytes(StandardCharsets.UTF_8)) >= 0) {
                    offenders.add(entry + " mentions " + name);
                }
            }
        }
        assertTrue("the " + platform + " jar names the other platform's packages: " + offenders, offenders.isEmpty());
        String header = jar.getManifest().getMainAttributes().getValue("Import-Package");
        assertFalse(header, header.contains(platform.otherEe + "."));
    }

    /** Marketplace lists one version per platform; the descriptor says which one this jar is. */
    @Test
    public void descriptorNamesThePlatformTheJarIsFor() throws IOException {
        String descriptor = text("atlassian-plugin.xml");
        assertTrue(descriptor, descriptor.contains("<param name=\"productops-platform\">" + platform.descriptorPlatform + "</param>"));
    }

    /** commons-csv is inlined (Private-Package), so the Apache License requires its LICENSE and NOTICE to travel with it. */
    @Test
    public void shipsTheLicenceAndNoticeOfTheInlinedCommonsCsv() throws IOException {
        assertTrue("commons-csv is inlined", entries.stream().anyMatch(e -> e.startsWith("org/apache/commons/csv/")));
        String notice = text("META-INF/licenses/commons-csv/NOTICE.txt");
        assertTrue(notice, notice.contains("Apache Commons CSV") && notice.contains("The Apache Software Foundation"));
        String licence = text("META-INF/licenses/commons-csv/LICENSE.txt");
        assertTrue("the Apache License 2.0 text", licence.contains("Apache License") && licence.contains("Version 2.0"));
    }

    private String text(String entry) throws IOException {
        JarEntry found = jar.getJarEntry(entry);
        assertNotNull("the jar has " + entry, found);
        try (InputStream in = jar.getInputStream(found)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Package → version range (null when unversioned), read from the manifest's Import-Package. */
    private Map<String, String> importedPackages() throws IOException {
        String header = jar.getManifest().getMainAttributes().getValue("Import-Package");
        Map<String, String> imports = new LinkedHashMap<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String[] parts = clause.toString().split(";");
                String version = null;
                for (String part : parts) {
                    if (part.trim().startsWith("version=")) {
                        version = part.trim().substring("version=".length()).replace("\"", "");
                    }
                }
                imports.put(parts[0].trim(), version);
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return imports;
    }

    private boolean anyClassMentions(String internalName) throws IOException {
        byte[] wanted = internalName.getBytes(StandardCharsets.UTF_8);
        for (String entry : entries) {
            if (entry.endsWith(".class")) {
                try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                    if (indexOf(in.readAllBytes(), wanted) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private List<SpringXml> springXml() throws Exception {
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

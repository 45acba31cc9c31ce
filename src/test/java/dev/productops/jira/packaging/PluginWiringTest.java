package dev.productops.jira.packaging;

import dev.productops.standin.plugin.InstalledPlugin;
import dev.productops.standin.plugin.SpringXml;
import dev.productops.standin.plugin.PluginDescriptor;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The descriptor and the Spring XML name only classes and host types that exist. Whether every module really builds
 * from the plugin's Spring context is proven by hosting the jar in Felix and Gemini ({@code PluginHostingIT}).
 */
public class PluginWiringTest {
    private final ClassLoader loader = getClass().getClassLoader();
    private final InstalledPlugin plugin = InstalledPlugin.fromClassPath(loader);

    @Test
    public void theDescriptorIdentifiesTheApp() {
        PluginDescriptor descriptor = plugin.descriptor();
        assertEquals("dev.productops.jira", descriptor.key());
        assertEquals("Product Ops for Jira", descriptor.name());
        assertEquals("dev.productops.jira", descriptor.ao().namespace());
        assertEquals("/rest/productops/1.0", descriptor.rest().get(0).baseUrl());
    }

    @Test
    public void everyClassAndResourceTheDescriptorNamesExists() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String className : plugin.descriptor().referencedClasses()) {
            try {
                Class.forName(className, false, loader);
            } catch (ClassNotFoundException e) {
                missing.add(className);
            }
        }
        assertEquals("classes the descriptor names that do not exist", List.of(), missing);
        for (String resource : plugin.descriptor().referencedResources()) {
            assertNotNull("missing resource " + resource, loader.getResource(resource));
        }
    }

    @Test
    public void everyImportedHostServiceIsADeclaredHostInterface() throws Exception {
        for (SpringXml xml : plugin.springContexts()) {
            for (String iface : xml.references().values()) {
                Class<?> type = Class.forName(iface, false, loader);
                assertTrue(iface + " must be an interface", type.isInterface());
                assertTrue(iface + " must be a host type", iface.startsWith("com.atlassian."));
            }
        }
    }
}

package dev.productops.jira.packaging;

import dev.productops.standin.plugin.InstalledPlugin;
import dev.productops.standin.plugin.PluginComponents;
import dev.productops.standin.plugin.PluginDescriptor;
import org.junit.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

/**
 * The descriptor and the Spring XML name only classes and host types that exist, and every module can be
 * built by constructor injection from what the Spring context declares, as Jira's plugin system will.
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
        for (String className : plugin.descriptor().referencedClasses()) {
            assertNotNull(className, Class.forName(className, false, loader));
        }
        for (String resource : plugin.descriptor().referencedResources()) {
            assertNotNull("missing resource " + resource, loader.getResource(resource));
        }
    }

    @Test
    public void everyImportedHostServiceIsADeclaredHostInterface() throws Exception {
        for (PluginComponents.SpringXml xml : plugin.springContexts()) {
            for (String iface : xml.references().values()) {
                Class<?> type = Class.forName(iface, false, loader);
                assertTrue(iface + " must be an interface", type.isInterface());
                assertTrue(iface + " must be a host type", iface.startsWith("com.atlassian."));
            }
        }
    }

    @Test
    public void everyBeanAndModuleCanBeBuiltByConstructorInjection() throws Exception {
        Map<Class<?>, Object> host = new HashMap<>();
        for (PluginComponents.SpringXml xml : plugin.springContexts()) {
            for (String iface : xml.references().values()) {
                Class<?> type = Class.forName(iface, false, loader);
                host.put(type, mock(type));
            }
        }
        PluginComponents components = new PluginComponents(loader, host, plugin.springContexts());
        int beans = plugin.springContexts().stream().mapToInt(x -> x.beans().size() + x.references().size()).sum();
        assertEquals(beans, components.beans().size());
        for (String module : plugin.descriptor().referencedClasses()) {
            Class<?> type = Class.forName(module, false, loader);
            if (!type.isInterface()) {
                assertNotNull(module, components.create(module, Object.class));
            }
        }
    }
}

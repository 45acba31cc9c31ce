package dev.productops.standin.osgi.platform8;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.DelegatingEntityResolver;
import org.springframework.beans.factory.xml.NamespaceHandlerResolver;
import org.springframework.beans.factory.xml.PluggableSchemaResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.UrlResource;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.stream.Stream;

/**
 * One plugin's Spring 6 context, read from its {@code META-INF/spring/*.xml} with the plugin's class loader, validated
 * against Spring 6's schemas and Gemini's own {@code gemini-blueprint.xsd} (taken from the Gemini jar, as Atlassian's
 * build keeps the schema).
 */
final class PluginXmlContext {
    static final String GEMINI_NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private PluginXmlContext() {
    }

    static GenericApplicationContext build(Bundle bundle, String geminiSchemas) {
        ClassLoader plugin = bundle.adapt(BundleWiring.class).getClassLoader();
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(plugin);
        context.setDisplayName("Spring context of " + bundle.getSymbolicName());
        // Gemini offers the plugin's BundleContext as a bean of this name; the same here.
        context.getBeanFactory().registerSingleton("bundleContext", bundle.getBundleContext());

        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(plugin);
        reader.setEntityResolver(schemas(geminiSchemas));
        NamespaceHandlerResolver spring = new DefaultNamespaceHandlerResolver(XmlBeanDefinitionReader.class.getClassLoader());
        BlueprintNamespace blueprint = new BlueprintNamespace(bundle.getBundleContext());
        blueprint.init();
        reader.setNamespaceHandlerResolver(namespace -> GEMINI_NAMESPACE.equals(namespace) ? blueprint : spring.resolve(namespace));
        Enumeration<URL> files = bundle.findEntries("META-INF/spring", "*.xml", false);
        while (files != null && files.hasMoreElements()) {
            reader.loadBeanDefinitions(new UrlResource(files.nextElement()));
        }
        context.refresh();
        return context;
    }

    /** Gemini's schemas first, from the Gemini jars in {@code geminiSchemas}; Spring's own for everything else. */
    private static EntityResolver schemas(String geminiSchemas) {
        EntityResolver gemini = new PluggableSchemaResolver(new URLClassLoader(jars(geminiSchemas), null));
        EntityResolver spring = new DelegatingEntityResolver(XmlBeanDefinitionReader.class.getClassLoader());
        return (publicId, systemId) -> {
            InputSource schema = gemini.resolveEntity(publicId, systemId);
            return schema != null ? schema : spring.resolveEntity(publicId, systemId);
        };
    }

    private static URL[] jars(String folder) {
        if (folder == null) {
            throw new IllegalStateException("The extender was not told where Gemini's schema is (" + SpringXmlExtender.SCHEMAS_PROPERTY + ")");
        }
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(".jar")).map(PluginXmlContext::url).toArray(URL[]::new);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read Gemini's schema from " + folder, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.productops.standin.osgi;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The plugin system Jira is built on, from the same parts: Apache Felix, Spring and the extender that turns a bundle's
 * {@code META-INF/spring/*.xml} into its Spring context. For Jira 10.3 that is Spring 5.3 and Gemini Blueprint; for Jira 11
 * (Platform 8) Spring 6, where Atlassian's own Gemini build (not on Maven Central) is played by the stand-in's
 * {@link SpringExtenderBundle}. Which one is decided by the platform folder: Gemini's extender in it, or not. The host's services are registered from
 * the system bundle under the Jira, SAL and AO interface names, so a plugin gets exactly what its
 * {@code osgi:reference}s ask for, and nothing else.
 */
public final class OsgiContainer implements AutoCloseable {
    /** Held so the levels stick (JUL keeps loggers weakly): Spring and Gemini narrate every context at INFO. */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.springframework"), java.util.logging.Logger.getLogger("org.eclipse.gemini"));

    private final Framework framework;

    private OsgiContainer(Framework framework) {
        this.framework = framework;
    }

    /**
     * Starts the framework in {@code storage} (emptied first) and the platform bundles found in {@code platformBundles}
     * (the Spring and Gemini jars the build copies to target/osgi-platform).
     */
    public static OsgiContainer start(Path storage, Path platformBundles, HostPackages exports) throws BundleException, IOException {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exports.systemPackagesExtra());
        boolean gemini = hasGeminiExtender(platformBundles);
        if (!gemini) {
            config.put(SpringExtenderBundle.SCHEMAS_PROPERTY, platformBundles.resolve(GEMINI_SCHEMAS).toAbsolutePath().toString());
        }
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.start();
        OsgiContainer container = new OsgiContainer(framework);
        try {
            container.startPlatform(platformBundles);
            if (!gemini) {
                container.context().installBundle(SpringExtenderBundle.writeTo(storage.resolveSibling(storage.getFileName() + "-extender"))
                        .toUri().toString()).start();
            }
        } catch (BundleException | IOException | RuntimeException e) {
            container.close();
            throw e;
        }
        return container;
    }

    /** Where a Platform 8 folder keeps Gemini's jar, for its schema only: it is not installed (it cannot run on Spring 6). */
    static final String GEMINI_SCHEMAS = "gemini-schemas";

    private static boolean hasGeminiExtender(Path platformBundles) throws IOException {
        if (!Files.isDirectory(platformBundles)) {
            return true; // startPlatform says what is missing
        }
        try (Stream<Path> files = Files.list(platformBundles)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("gemini-blueprint-extender"));
        }
    }

    private void startPlatform(Path platformBundles) throws BundleException, IOException {
        if (!Files.isDirectory(platformBundles)) {
            throw new IllegalStateException("No OSGi platform bundles in " + platformBundles.toAbsolutePath()
                    + ": the build copies them there (mvn generate-test-resources)");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(platformBundles)) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            bundles.add(context().installBundle(jar.toUri().toString()));
        }
        // Felix resolves them together on the first start, so the order does not matter.
        for (Bundle bundle : bundles) {
            bundle.start();
        }
    }

    /** A host service, the same object for every bundle. */
    public <T> ServiceRegistration<?> provide(Class<T> type, T service) {
        return context().registerService(type.getName(), service, null);
    }

    /**
     * A host service made per plugin, as Jira's template renderer, i18n and Active Objects are: each bundle gets one
     * bound to it (its class loader, its resources).
     */
    public <T> ServiceRegistration<?> providePerBundle(Class<T> type, Function<Bundle, T> factory) {
        return context().registerService(type.getName(), new ServiceFactory<Object>() {
            @Override
            public Object getService(Bundle bundle, ServiceRegistration<Object> registration) {
                return factory.apply(bundle);
            }

            @Override
            public void ungetService(Bundle bundle, ServiceRegistration<Object> registration, Object service) {
                // nothing to release: the host owns what it hands out
            }
        }, null);
    }

    /**
     * Installs a plugin jar as Jira's plugin system does a transformerless plugin, starts it and waits for its Spring
     * context. Jira would show the plugin as disabled in each failure case; here the reason is thrown.
     */
    public PluginBundle install(Path jar, Duration timeout) throws PluginNotEnabledException {
        return PluginInstallation.install(context(), jar, timeout);
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException e) {
            throw new IllegalStateException("Felix did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

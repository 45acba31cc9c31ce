package dev.productops.standin.osgi;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;

import dev.productops.standin.plugin.SpringXml;

import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * Installing one plugin: Felix resolves its imports when it starts, then the extender (Gemini, or on Platform 8 the
 * stand-in's Spring 6 one) builds its Spring context in the background. A bundle whose context failed stays ACTIVE,
 * so, like Jira's plugin system, we listen for the extender's refreshed and failed events to know whether the plugin
 * really enabled.
 */
final class PluginInstallation {
    static final String PLUGIN_KEY_HEADER = "Atlassian-Plugin-Key";
    private static final String GEMINI_CORE = "org.eclipse.gemini.blueprint.core";
    private static final String LISTENER = "org.eclipse.gemini.blueprint.context.event.OsgiBundleApplicationContextListener";

    private PluginInstallation() {
    }

    static PluginBundle install(BundleContext host, Path jar, Duration timeout) throws PluginNotEnabledException {
        CompletableFuture<Object> context = new CompletableFuture<>();
        Bundle[] installed = new Bundle[1];
        ServiceRegistration<?> listener = listenForContextEvents(host, installed, context);
        try {
            Bundle bundle;
            try {
                bundle = host.installBundle(jar.toAbsolutePath().toUri().toString());
            } catch (BundleException e) {
                throw new PluginNotEnabledException("Cannot install " + jar + ": " + e.getMessage(), e);
            }
            installed[0] = bundle;
            String key = bundle.getHeaders().get(PLUGIN_KEY_HEADER);
            if (key == null) {
                uninstallQuietly(bundle);
                throw new PluginNotEnabledException(jar.getFileName() + " has no " + PLUGIN_KEY_HEADER
                        + " header: Jira would try to transform it; this app ships as a transformerless plugin", null);
            }
            try {
                bundle.start();
            } catch (BundleException e) {
                uninstallQuietly(bundle);
                throw new PluginNotEnabledException("Plugin '" + key + "' could not be enabled: " + e.getMessage(), e);
            }
            try {
                return new PluginBundle(bundle, key, context.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            } catch (ExecutionException e) {
                uninstallQuietly(bundle);
                throw new PluginNotEnabledException("Plugin '" + key + "' could not be enabled: its Spring context failed: "
                        + rootMessage(e.getCause()), e.getCause());
            } catch (TimeoutException e) {
                List<String> missing = unsatisfiedReferences(host, bundle);
                uninstallQuietly(bundle);
                throw new PluginNotEnabledException("Plugin '" + key + "' could not be enabled: its Spring context did not start within "
                        + timeout.toSeconds() + " s, waiting for " + (missing.isEmpty() ? "its host services" : "services nobody provides: " + missing), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PluginNotEnabledException("Interrupted while enabling " + key, e);
            }
        } finally {
            listener.unregister();
        }
    }

    private static ServiceRegistration<?> listenForContextEvents(BundleContext host, Bundle[] plugin, CompletableFuture<Object> context) {
        Optional<Bundle> gemini = Arrays.stream(host.getBundles()).filter(b -> GEMINI_CORE.equals(b.getSymbolicName())).findFirst();
        return gemini.isPresent() ? listenToGemini(host, gemini.get(), plugin, context) : listenToPlatform8(host, plugin, context);
    }

    /** The Platform 8 extender reports each context, or why it failed, to a plain {@code BiConsumer} service. */
    private static ServiceRegistration<?> listenToPlatform8(BundleContext host, Bundle[] plugin, CompletableFuture<Object> context) {
        BiConsumer<Bundle, Object> outcome = (bundle, contextOrFailure) -> {
            if (bundle.equals(plugin[0])) {
                if (contextOrFailure instanceof Throwable failure) {
                    context.completeExceptionally(failure);
                } else {
                    context.complete(contextOrFailure);
                }
            }
        };
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(SpringExtenderBundle.OUTCOME_LISTENER, "true");
        return host.registerService(BiConsumer.class.getName(), outcome, properties);
    }

    /** Gemini's listener interface lives in its own bundle's class loader, so it is implemented as a proxy. */
    private static ServiceRegistration<?> listenToGemini(BundleContext host, Bundle gemini, Bundle[] plugin, CompletableFuture<Object> context) {
        Class<?> listenerType;
        try {
            listenerType = gemini.loadClass(LISTENER);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Gemini Blueprint has no " + LISTENER, e);
        }
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "onOsgiApplicationEvent" -> {
                onEvent(args[0], plugin[0], context);
                yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "stand-in plugin enablement listener";
            default -> null;
        };
        Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[]{listenerType}, handler);
        return host.registerService(LISTENER, listener, null);
    }

    private static void onEvent(Object event, Bundle plugin, CompletableFuture<Object> context) throws ReflectiveOperationException {
        Method getBundle = event.getClass().getMethod("getBundle");
        if (plugin == null || !plugin.equals(getBundle.invoke(event))) {
            return;
        }
        String type = event.getClass().getSimpleName();
        if (type.equals("OsgiBundleContextRefreshedEvent")) {
            context.complete(event.getClass().getMethod("getApplicationContext").invoke(event));
        } else if (type.equals("OsgiBundleContextFailedEvent")) {
            context.completeExceptionally((Throwable) event.getClass().getMethod("getFailureCause").invoke(event));
        }
    }

    /** The {@code osgi:reference} interfaces of the plugin's Spring XML that no registered service offers. */
    private static List<String> unsatisfiedReferences(BundleContext host, Bundle bundle) {
        List<String> missing = new ArrayList<>();
        Enumeration<URL> files = bundle.findEntries("META-INF/spring", "*.xml", false);
        while (files != null && files.hasMoreElements()) {
            try (InputStream in = files.nextElement().openStream()) {
                for (String iface : SpringXml.read(in).references().values()) {
                    if (host.getServiceReference(iface) == null) {
                        missing.add(iface);
                    }
                }
            } catch (Exception e) {
                // Gemini read the same file; if it cannot be read here, the timeout says enough
            }
        }
        return missing;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (cause: " + root.getClass().getName() + ": " + root.getMessage() + ")";
    }

    private static void uninstallQuietly(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            // leaving a disabled plugin behind is what Jira does too
        }
    }
}

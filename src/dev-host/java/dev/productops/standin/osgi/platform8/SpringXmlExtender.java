package dev.productops.standin.osgi.platform8;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;
import org.springframework.context.support.GenericApplicationContext;

import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * The extender: when a bundle with Spring XML starts, its context is built in the background (as Gemini does, so a
 * plugin waiting for services does not block the framework) and the outcome is handed to whoever registered a
 * {@code BiConsumer<Bundle, Object>} with {@link #OUTCOME_LISTENER} set: the context, or the reason it failed.
 */
public final class SpringXmlExtender implements BundleActivator, SynchronousBundleListener {
    /** The same names as the host's side ({@code SpringExtenderBundle}), which must not load this class. */
    public static final String OUTCOME_LISTENER = "productops.standin.springContextOutcome";
    public static final String SCHEMAS_PROPERTY = "productops.standin.geminiSchemas";

    private final Map<Long, GenericApplicationContext> contexts = new ConcurrentHashMap<>();
    private BundleContext extender;
    private ExecutorService builder;

    @Override
    public void start(BundleContext context) {
        extender = context;
        builder = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spring6-extender");
            thread.setDaemon(true);
            return thread;
        });
        context.addBundleListener(this);
    }

    @Override
    public void stop(BundleContext context) {
        context.removeBundleListener(this);
        contexts.values().forEach(GenericApplicationContext::close);
        contexts.clear();
        builder.shutdownNow();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (event.getType() == BundleEvent.STARTED && hasSpringXml(bundle)) {
            builder.submit(() -> build(bundle));
        } else if (event.getType() == BundleEvent.STOPPING) {
            GenericApplicationContext context = contexts.remove(bundle.getBundleId());
            if (context != null) {
                context.close();
            }
        }
    }

    private void build(Bundle bundle) {
        Object outcome;
        try {
            GenericApplicationContext context = PluginXmlContext.build(bundle, extender.getProperty(SCHEMAS_PROPERTY));
            contexts.put(bundle.getBundleId(), context);
            outcome = context;
        } catch (RuntimeException | LinkageError e) {
            outcome = e;
        }
        report(bundle, outcome);
    }

    @SuppressWarnings("unchecked")
    private void report(Bundle bundle, Object outcome) {
        ServiceReference<?>[] listeners;
        try {
            listeners = extender.getServiceReferences(BiConsumer.class.getName(), "(" + OUTCOME_LISTENER + "=true)");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<?> reference : listeners == null ? new ServiceReference<?>[0] : listeners) {
            ((BiConsumer<Bundle, Object>) extender.getService(reference)).accept(bundle, outcome);
            extender.ungetService(reference);
        }
    }

    private static boolean hasSpringXml(Bundle bundle) {
        Enumeration<URL> files = bundle.findEntries("META-INF/spring", "*.xml", false);
        return files != null && files.hasMoreElements();
    }
}

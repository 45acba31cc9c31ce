package dev.productops.standin.osgi;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An enabled plugin: its bundle and the Spring context Gemini built for it. Module classes are created the way
 * Atlassian's {@code ContainerAccessor} does, by the plugin's own context with constructor autowiring, so a module asks
 * for exactly the beans and host services the plugin's Spring XML declares. Spring's types live in the Spring bundles,
 * not on the host's class path, hence the reflection.
 */
public final class PluginBundle {
    /** {@code AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR}, the mode Jira's plugin system creates modules with. */
    private static final int AUTOWIRE_CONSTRUCTOR = 3;

    private final Bundle bundle;
    private final String key;
    private final Object applicationContext;

    PluginBundle(Bundle bundle, String key, Object applicationContext) {
        this.bundle = bundle;
        this.key = key;
        this.applicationContext = applicationContext;
    }

    public String key() {
        return key;
    }

    public Bundle bundle() {
        return bundle;
    }

    /** The bundle's class loader: the plugin's own classes and resources, plus exactly what it imports. */
    public ClassLoader classLoader() {
        return bundle.adapt(BundleWiring.class).getClassLoader();
    }

    public Class<?> loadClass(String name) {
        try {
            return bundle.loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Class named by the plugin not found in its bundle: " + name, e);
        }
    }

    /** A file of the plugin jar, e.g. its descriptor. */
    public Optional<InputStream> entry(String path) throws IOException {
        URL url = bundle.getEntry(path);
        return url == null ? Optional.empty() : Optional.of(url.openStream());
    }

    /** The classes of a package inside the plugin jar, as the REST module scans its {@code <package>}s. */
    public List<Class<?>> classesIn(String packageName) {
        Collection<String> resources = bundle.adapt(BundleWiring.class)
                .listResources(packageName.replace('.', '/'), "*.class", BundleWiring.LISTRESOURCES_LOCAL);
        List<Class<?>> classes = new ArrayList<>();
        for (String resource : resources) {
            String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
            if (!name.contains("$")) {
                classes.add(loadClass(name));
            }
        }
        return classes;
    }

    /** A module class (servlet, context provider, condition, upgrade task…) built by the plugin's Spring context. */
    public <T> T createModule(String className, Class<T> expected) {
        Class<?> type = loadClass(className);
        Object factory = call(applicationContext, "getAutowireCapableBeanFactory");
        Object module = call(factory, "createBean", new Class<?>[]{Class.class, int.class, boolean.class},
                type, AUTOWIRE_CONSTRUCTOR, false);
        return expected.cast(module);
    }

    /** The plugin's bean of this type (as the REST module hands to HK2), or empty when it has none or several. */
    public Optional<Object> beanOfType(Class<?> type) {
        Object names = call(applicationContext, "getBeanNamesForType", new Class<?>[]{Class.class}, type);
        String[] matching = (String[]) names;
        return matching.length == 1 ? Optional.of(bean(matching[0])) : Optional.empty();
    }

    /** A bean by the id the plugin's Spring XML gives it. */
    public Object bean(String id) {
        return call(applicationContext, "getBean", new Class<?>[]{String.class}, id);
    }

    /**
     * Calls a public method of one of the plugin's beans, for what the stand-in does to a plugin that a user cannot (run
     * a job as of a past day). Only the host's side of the call is reflective; the plugin runs as usual.
     */
    public Object invoke(String beanId, String methodName, Object... args) {
        Object bean = bean(beanId);
        for (Method method : bean.getClass().getMethods()) {
            if (method.getName().equals(methodName) && method.getParameterCount() == args.length) {
                try {
                    method.setAccessible(true);
                    return method.invoke(bean, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(beanId + " has no public " + methodName + " with " + args.length + " arguments");
    }

    /** What the plugin exports to the host as OSGi services ({@code osgi:service}), e.g. its LifecycleAware components. */
    public <T> List<T> servicesAs(Class<T> type) {
        List<T> services = new ArrayList<>();
        ServiceReference<?>[] references = bundle.getRegisteredServices();
        if (references == null) {
            return services;
        }
        for (ServiceReference<?> reference : references) {
            String[] classes = (String[]) reference.getProperty("objectClass");
            if (List.of(classes).contains(type.getName())) {
                services.add(type.cast(bundle.getBundleContext().getService(reference)));
            }
        }
        return services;
    }

    /**
     * The method as Spring's interfaces declare it ({@code ApplicationContext}, {@code AutowireCapableBeanFactory}…).
     * Asking the implementation class instead makes the JVM resolve every type its methods name, and Spring 6's
     * context names AOT types that ServiceMix's spring-context bundle does not import.
     */
    private static Optional<Method> interfaceMethod(Class<?> type, String name, Class<?>[] types) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> contract : c.getInterfaces()) {
                try {
                    return Optional.of(contract.getMethod(name, types)); // searches the interface's own supertypes too
                } catch (NoSuchMethodException notThisOne) {
                    // the next interface may declare it
                }
            }
        }
        return Optional.empty();
    }

    private static Object call(Object target, String method) {
        return call(target, method, new Class<?>[0]);
    }

    private static Object call(Object target, String name, Class<?>[] types, Object... args) {
        try {
            Method method = interfaceMethod(target.getClass(), name, types)
                    .orElseThrow(() -> new NoSuchMethodException(name));
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Spring has no " + name + " here", e);
        }
    }

}
